import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133625 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "patient" ("id" uuid not null, "user_id" uuid null, "name" varchar(200) not null, "date_of_birth" date null, "created_at" timestamptz not null, constraint "patient_pkey" primary key ("id"));`);
    this.addSql(`alter table "patient" add constraint "patient_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "patient_name_id_index" on "patient" ("name", "id");`);

    this.addSql(`create table "user_account" ("id" uuid not null, "email" varchar(320) not null, "role" varchar(16) not null, "created_at" timestamptz not null, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "patient" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);
  }

}
