import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133629 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "appointment_fact" ("appointment_id" uuid not null, "doctor_id" uuid not null, "patient_id" uuid not null, "status" varchar(16) not null, "starts_at" timestamptz not null, "amount_cents" int not null default 0, "updated_at" timestamptz not null, constraint "appointment_fact_pkey" primary key ("appointment_id"));`);
    this.addSql(`create index "appointment_fact_doctor_id_status_index" on "appointment_fact" ("doctor_id", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appointment_fact" cascade;`);
  }

}
