import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133627 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "payment" ("id" uuid not null, "appointment_id" uuid not null, "patient_id" uuid not null, "amount_cents" int not null, "currency" varchar(3) not null default 'USD', "status" varchar(16) not null default 'PENDING', "created_at" timestamptz not null, constraint "payment_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_appointment_id_created_at_index" on "payment" ("appointment_id", "created_at");`);
    this.addSql(`create index "payment_patient_id_index" on "payment" ("patient_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment" cascade;`);
  }

}
