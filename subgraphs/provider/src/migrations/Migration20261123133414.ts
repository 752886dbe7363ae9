import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133414 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "clinic" ("id" uuid not null, "name" varchar(200) not null, "city" varchar(120) not null, "created_at" timestamptz not null, constraint "clinic_pkey" primary key ("id"));`);

    this.addSql(`create table "doctor" ("id" uuid not null, "user_id" uuid not null, "name" varchar(200) not null, "specialty" varchar(120) not null, "languages" text[] not null, "bio" text not null default '', "fee_cents" int not null, "currency" varchar(3) not null default 'USD', "clinic_id" uuid not null, "created_at" timestamptz not null, constraint "doctor_pkey" primary key ("id"));`);
    this.addSql(`alter table "doctor" add constraint "doctor_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "doctor_clinic_id_index" on "doctor" ("clinic_id");`);
    this.addSql(`create index "doctor_name_id_index" on "doctor" ("name", "id");`);
    this.addSql(`create index "doctor_specialty_name_id_index" on "doctor" ("specialty", "name", "id");`);

    this.addSql(`alter table "doctor" add constraint "doctor_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "doctor" drop constraint "doctor_clinic_id_foreign";`);

    this.addSql(`drop table if exists "clinic" cascade;`);

    this.addSql(`drop table if exists "doctor" cascade;`);
  }

}
