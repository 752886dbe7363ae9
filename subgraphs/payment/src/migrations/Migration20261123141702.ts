import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141702 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "invoice" ("id" uuid not null, "appointment_id" uuid not null, "patient_id" uuid not null, "payment_id" uuid null, "amount_cents" int not null, "currency" varchar(3) not null, "status" varchar(16) not null default 'OPEN', "issued_at" timestamptz not null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`alter table "invoice" add constraint "invoice_appointment_id_unique" unique ("appointment_id");`);
    this.addSql(`create index "invoice_patient_id_index" on "invoice" ("patient_id");`);

    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "event_id" uuid not null, "event_type" varchar(64) not null, "event_version" int not null, "aggregate_id" varchar(128) not null, "envelope" jsonb not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_event_pending_index" on "outbox_event" ("aggregate_id", "id") where "sent_at" is null;`);

    this.addSql(`create table "processed_event" ("event_id" uuid not null, "consumer" varchar(64) not null, "event_type" varchar(64) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("event_id", "consumer"));`);

    this.addSql(`create table "refund" ("id" uuid not null, "payment_id" uuid not null, "amount_cents" int not null, "currency" varchar(3) not null, "reason" varchar(500) not null, "created_at" timestamptz not null, constraint "refund_pkey" primary key ("id"));`);
    this.addSql(`alter table "refund" add constraint "refund_payment_id_unique" unique ("payment_id");`);

    this.addSql(`alter table "payment" add column "captured_at" timestamptz null, add column "failed_at" timestamptz null, add column "failure_reason" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);

    this.addSql(`drop table if exists "refund" cascade;`);

    this.addSql(`alter table "payment" drop column "captured_at", drop column "failed_at", drop column "failure_reason";`);
  }

}
