import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stored_file" ("id" uuid not null, "owner_id" uuid not null, "appointment_id" uuid null, "filename" varchar(255) not null, "content_type" varchar(127) not null, "size" int not null, "storage_key" varchar(512) not null, "created_at" timestamptz not null, constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`create index "stored_file_appointment_id_created_at_index" on "stored_file" ("appointment_id", "created_at");`);
    this.addSql(`create index "stored_file_owner_id_index" on "stored_file" ("owner_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);
  }

}
