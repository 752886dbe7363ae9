import { Migration } from '@mikro-orm/migrations';

/**
 * Care relationships end: each row is now one basis of the relationship (an
 * appointment, or a waitlist offer) that can end (`ended_at`). Rows recorded
 * before carry no basis: they become LEGACY bases that do not end, until a
 * backfill from appointment's data replaces them (docs/trust-chain.md).
 */
export class Migration20261204180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "care_relationship" add column "basis_id" uuid null, add column "basis" varchar(16) not null default 'LEGACY', add column "ended_at" timestamptz null;`);
    this.addSql(`update "care_relationship" set "basis_id" = gen_random_uuid() where "basis_id" is null;`);
    this.addSql(`alter table "care_relationship" alter column "basis_id" set not null, alter column "basis" drop default;`);
    this.addSql(`alter table "care_relationship" drop constraint "care_relationship_pkey";`);
    this.addSql(`alter table "care_relationship" add constraint "care_relationship_pkey" primary key ("basis_id");`);
    this.addSql(`create index "care_relationship_pair_index" on "care_relationship" ("doctor_id", "patient_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "care_relationship_pair_index";`);
    this.addSql(`alter table "care_relationship" drop constraint "care_relationship_pkey";`);
    this.addSql(`delete from "care_relationship" a using "care_relationship" b where a.doctor_id = b.doctor_id and a.patient_id = b.patient_id and a.basis_id > b.basis_id;`);
    this.addSql(`alter table "care_relationship" drop column "basis_id", drop column "basis", drop column "ended_at";`);
    this.addSql(`alter table "care_relationship" add constraint "care_relationship_pkey" primary key ("doctor_id", "patient_id");`);
  }
}
