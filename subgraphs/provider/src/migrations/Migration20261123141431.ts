import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141431 extends Migration {

  override async up(): Promise<void> {
    // Written by hand (MikroORM does not manage extensions): the exclusion
    // constraint on working_hours compares uuid and smallint with `=` in GiST.
    this.addSql(`create extension if not exists btree_gist;`);

    this.addSql(`create table "review" ("id" uuid not null, "doctor_id" uuid not null, "patient_id" uuid not null, "appointment_id" uuid not null, "rating" smallint not null, "comment" text null, "created_at" timestamptz not null, constraint "review_pkey" primary key ("id"), constraint review_rating_check check (rating >= 1 and rating <= 5));`);
    this.addSql(`alter table "review" add constraint "review_appointment_id_unique" unique ("appointment_id");`);
    this.addSql(`create index "review_doctor_id_created_at_id_index" on "review" ("doctor_id", "created_at", "id");`);

    this.addSql(`create table "time_off" ("id" uuid not null, "doctor_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "created_at" timestamptz not null, constraint "time_off_pkey" primary key ("id"), constraint time_off_range_check check (starts_at < ends_at));`);
    this.addSql(`create index "time_off_doctor_id_ends_at_index" on "time_off" ("doctor_id", "ends_at");`);

    this.addSql(`create table "working_hours" ("id" uuid not null, "doctor_id" uuid not null, "day_of_week" smallint not null, "start_minute" smallint not null, "end_minute" smallint not null, "slot_minutes" smallint not null default 30, constraint "working_hours_pkey" primary key ("id"), constraint working_hours_day_of_week_check check (day_of_week >= 1 and day_of_week <= 7), constraint working_hours_minutes_check check (start_minute >= 0 and end_minute <= 1440 and start_minute < end_minute), constraint working_hours_slot_minutes_check check (slot_minutes >= 5 and slot_minutes <= 240));`);
    this.addSql(`create index "working_hours_doctor_id_index" on "working_hours" ("doctor_id");`);
    this.addSql(`alter table "working_hours" add constraint "working_hours_no_overlap" exclude using gist ("doctor_id" with =, "day_of_week" with =, int4range("start_minute", "end_minute") with &&);`);

    this.addSql(`alter table "review" add constraint "review_doctor_id_foreign" foreign key ("doctor_id") references "doctor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "time_off" add constraint "time_off_doctor_id_foreign" foreign key ("doctor_id") references "doctor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "working_hours" add constraint "working_hours_doctor_id_foreign" foreign key ("doctor_id") references "doctor" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "time_off" cascade;`);

    this.addSql(`drop table if exists "working_hours" cascade;`);
  }

}
