import { Migration } from '@mikro-orm/migrations';

/** Decision 33: challenge attempts, email changes, refresh retries, known sign-in sources. */
export class Migration20261204183100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "one_time_token" add column "attempts" int not null default 0, add column "new_email" varchar(320) null;`);
    this.addSql(`alter table "refresh_token" add column "successor_id" uuid null, add column "successor_sealed" text null;`);
    this.addSql(`create table "known_sign_in_source" ("source_key" varchar(64) not null, "last_success_at" timestamptz not null, constraint "known_sign_in_source_pkey" primary key ("source_key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "known_sign_in_source" cascade;`);
    this.addSql(`alter table "refresh_token" drop column "successor_id", drop column "successor_sealed";`);
    this.addSql(`alter table "one_time_token" drop column "attempts", drop column "new_email";`);
  }

}
