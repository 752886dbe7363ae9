import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133626 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "appointment" ("id" uuid not null, "doctor_id" uuid not null, "patient_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" varchar(16) not null default 'SCHEDULED', "reason" text null, "created_at" timestamptz not null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_starts_at_id_index" on "appointment" ("starts_at", "id");`);
    this.addSql(`create index "appointment_doctor_id_starts_at_index" on "appointment" ("doctor_id", "starts_at");`);
    this.addSql(`create index "appointment_patient_id_starts_at_index" on "appointment" ("patient_id", "starts_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appointment" cascade;`);
  }

}
