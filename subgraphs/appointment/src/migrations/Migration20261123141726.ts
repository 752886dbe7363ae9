import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141726 extends Migration {

  override async up(): Promise<void> {
    // Written by hand (MikroORM does not manage extensions): the no-overlap
    // exclusion constraints compare uuid with `=` in a GiST index.
    this.addSql(`create extension if not exists btree_gist;`);

    this.addSql(`create table "appointment_transition" ("id" uuid not null, "appointment_id" uuid not null, "action" varchar(16) not null, "from_status" varchar(16) null, "to_status" varchar(16) not null, "actor_user_id" uuid not null, "actor_role" varchar(8) not null, "occurred_at" timestamptz not null, "previous_starts_at" timestamptz null, "note" text null, constraint "appointment_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_transition_appointment_id_occurred_at_index" on "appointment_transition" ("appointment_id", "occurred_at");`);

    this.addSql(`create table "consultation" ("id" uuid not null, "appointment_id" uuid not null, "subjective" text null, "objective" text null, "assessment" text null, "plan" text null, "started_at" timestamptz not null, "updated_at" timestamptz not null, constraint "consultation_pkey" primary key ("id"));`);
    this.addSql(`alter table "consultation" add constraint "consultation_appointment_id_unique" unique ("appointment_id");`);

    this.addSql(`create table "prescription" ("id" uuid not null, "consultation_id" uuid not null, "drug" varchar(200) not null, "dose_amount" double precision not null, "dose_unit" varchar(16) not null, "route" varchar(16) not null, "frequency" varchar(24) not null, "duration_days" smallint not null, "refills" smallint not null default 0, "instructions" text null, "prescribed_at" timestamptz not null, "prescribed_by" uuid not null, constraint "prescription_pkey" primary key ("id"));`);
    this.addSql(`create index "prescription_consultation_id_prescribed_at_index" on "prescription" ("consultation_id", "prescribed_at");`);

    this.addSql(`create table "referral" ("id" uuid not null, "consultation_id" uuid not null, "from_doctor_id" uuid not null, "to_doctor_id" uuid null, "to_specialty" varchar(120) null, "reason" text not null, "urgency" text check ("urgency" in ('ROUTINE', 'URGENT', 'EMERGENCY')) not null default 'ROUTINE', "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED')) not null default 'PENDING', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "referral_pkey" primary key ("id"), constraint referral_target_check check ((to_doctor_id is null) <> (to_specialty is null)));`);
    this.addSql(`create index "referral_consultation_id_created_at_index" on "referral" ("consultation_id", "created_at");`);
    this.addSql(`create index "referral_to_doctor_id_status_index" on "referral" ("to_doctor_id", "status");`);

    this.addSql(`create table "vital_signs" ("id" uuid not null, "consultation_id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" uuid not null, "systolic_mm_hg" smallint null, "diastolic_mm_hg" smallint null, "heart_rate_bpm" smallint null, "temperature_celsius" double precision null, "oxygen_saturation_percent" smallint null, "respiratory_rate_per_min" smallint null, "weight_kg" double precision null, "height_cm" double precision null, constraint "vital_signs_pkey" primary key ("id"));`);
    this.addSql(`create index "vital_signs_consultation_id_recorded_at_index" on "vital_signs" ("consultation_id", "recorded_at");`);

    this.addSql(`create table "waitlist_entry" ("id" uuid not null, "doctor_id" uuid not null, "patient_id" uuid not null, "range_start" timestamptz not null, "range_end" timestamptz not null, "status" text check ("status" in ('WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'CANCELLED')) not null default 'WAITING', "offer_starts_at" timestamptz null, "offer_ends_at" timestamptz null, "offer_expires_at" timestamptz null, "appointment_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "waitlist_entry_pkey" primary key ("id"), constraint waitlist_entry_range_check check (range_start < range_end), constraint waitlist_entry_offer_check check (status <> 'OFFERED' or (offer_starts_at is not null and offer_ends_at is not null and offer_expires_at is not null)));`);
    this.addSql(`create index "waitlist_entry_doctor_id_status_created_at_index" on "waitlist_entry" ("doctor_id", "status", "created_at");`);
    this.addSql(`create index "waitlist_entry_patient_id_created_at_index" on "waitlist_entry" ("patient_id", "created_at");`);
    this.addSql(`create index "waitlist_entry_created_at_id_index" on "waitlist_entry" ("created_at", "id");`);
    this.addSql(`create unique index "waitlist_entry_one_active_per_patient" on "waitlist_entry" ("doctor_id", "patient_id") where ("status" in ('WAITING', 'OFFERED'));`);

    this.addSql(`alter table "appointment_transition" add constraint "appointment_transition_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "consultation" add constraint "consultation_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "prescription" add constraint "prescription_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "referral" add constraint "referral_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "vital_signs" add constraint "vital_signs_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);

    // Edited by hand: existing rows get updated_at = created_at before it becomes not null.
    this.addSql(`alter table "appointment" add column "follow_up_of_id" uuid null, add column "updated_at" timestamptz null;`);
    this.addSql(`update "appointment" set "updated_at" = "created_at";`);
    this.addSql(`alter table "appointment" alter column "updated_at" set not null;`);
    this.addSql(`alter table "appointment" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table "appointment" add constraint "appointment_status_check" check("status" in ('SCHEDULED', 'CHECKED_IN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_SHOW'));`);
    this.addSql(`create index "appointment_follow_up_of_id_index" on "appointment" ("follow_up_of_id");`);
    this.addSql(`alter table "appointment" add constraint "appointment_doctor_no_overlap" exclude using gist ("doctor_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("status" not in ('CANCELLED', 'NO_SHOW'));`);
    this.addSql(`alter table "appointment" add constraint "appointment_patient_no_overlap" exclude using gist ("patient_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("status" not in ('CANCELLED', 'NO_SHOW'));`);
    this.addSql(`alter table "appointment" add constraint appointment_range_check check(starts_at < ends_at);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "prescription" drop constraint "prescription_consultation_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint "referral_consultation_id_foreign";`);

    this.addSql(`alter table "vital_signs" drop constraint "vital_signs_consultation_id_foreign";`);

    this.addSql(`drop table if exists "appointment_transition" cascade;`);

    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`drop table if exists "prescription" cascade;`);

    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop table if exists "vital_signs" cascade;`);

    this.addSql(`drop table if exists "waitlist_entry" cascade;`);

    this.addSql(`alter table "appointment" drop constraint if exists "appointment_status_check";`);

    this.addSql(`drop index "appointment_follow_up_of_id_index";`);
    // Edited by hand: these are constraints (their indexes go with them), not plain indexes.
    this.addSql(`alter table "appointment" drop constraint "appointment_doctor_no_overlap";`);
    this.addSql(`alter table "appointment" drop constraint "appointment_patient_no_overlap";`);
    this.addSql(`alter table "appointment" drop constraint appointment_range_check;`);
    this.addSql(`alter table "appointment" drop column "follow_up_of_id", drop column "updated_at";`);

    this.addSql(`alter table "appointment" alter column "status" type varchar(16) using ("status"::varchar(16));`);
  }

}
