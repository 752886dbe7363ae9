import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141745 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "payment_fact" ("payment_id" uuid not null, "appointment_id" uuid not null, "amount_cents" int not null, "currency" varchar(3) not null, "status" varchar(16) not null, "captured_at" timestamptz null, "failed_at" timestamptz null, "refunded_at" timestamptz null, constraint "payment_fact_pkey" primary key ("payment_id"));`);
    this.addSql(`create index "payment_fact_appointment_id_index" on "payment_fact" ("appointment_id");`);
    this.addSql(`create index "payment_fact_captured_at_index" on "payment_fact" ("captured_at");`);

    this.addSql(`create table "processed_event" ("event_id" uuid not null, "consumer" varchar(64) not null, "event_type" varchar(64) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("event_id", "consumer"));`);

    // Keep the revenue an existing database already knows: one synthetic payment per paid appointment.
    this.addSql(`insert into "payment_fact" ("payment_id", "appointment_id", "amount_cents", "currency", "status", "captured_at") select "appointment_id", "appointment_id", "amount_cents", 'USD', 'COMPLETED', "starts_at" from "appointment_fact" where "amount_cents" > 0 and "status" = 'COMPLETED';`);
    this.addSql(`alter table "appointment_fact" drop column "amount_cents";`);

    this.addSql(`create index "appointment_fact_starts_at_index" on "appointment_fact" ("starts_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_fact" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);

    this.addSql(`drop index "appointment_fact_starts_at_index";`);

    this.addSql(`alter table "appointment_fact" add column "amount_cents" int4 not null default 0;`);
  }

}
