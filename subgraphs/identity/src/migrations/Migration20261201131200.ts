import { Migration } from '@mikro-orm/migrations';

export class Migration20261201131200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_relationship" ("doctor_id" uuid not null, "patient_id" uuid not null, "since" timestamptz not null, constraint "care_relationship_pkey" primary key ("doctor_id", "patient_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "care_relationship" cascade;`);
  }

}
