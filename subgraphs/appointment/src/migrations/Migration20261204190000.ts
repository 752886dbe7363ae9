import { Migration } from '@mikro-orm/migrations';

/**
 * Consultation notes keep their history: `consultation_note_revision`, one row
 * per change. Notes written before it become revision 1 of their consultation
 * (author unknown), so every consultation's history starts from what it said.
 */
export class Migration20261204190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "consultation_note_revision" ("id" uuid not null, "consultation_id" uuid not null, "revision" int not null, "kind" varchar(16) not null, "subjective" text null, "objective" text null, "assessment" text null, "plan" text null, "addendum" text null, "author_user_id" uuid null, "recorded_at" timestamptz not null, constraint "consultation_note_revision_pkey" primary key ("id"));`);
    this.addSql(`alter table "consultation_note_revision" add constraint "consultation_note_revision_consultation_id_revision_unique" unique ("consultation_id", "revision");`);
    this.addSql(`alter table "consultation_note_revision" add constraint "consultation_note_revision_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "consultation_note_revision" ("id", "consultation_id", "revision", "kind", "subjective", "objective", "assessment", "plan", "recorded_at")
      select gen_random_uuid(), "id", 1, 'EDIT', "subjective", "objective", "assessment", "plan", "updated_at" from "consultation"
       where coalesce("subjective", "objective", "assessment", "plan") is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consultation_note_revision" cascade;`);
  }
}
