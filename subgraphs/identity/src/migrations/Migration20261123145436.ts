import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145436 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" uuid not null, "patient_id" uuid not null, "kind" varchar(32) not null, "title" varchar(200) not null, "body" text not null, "appointment_id" uuid null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_patient_id_created_at_index" on "notification" ("patient_id", "created_at");`);

    this.addSql(`create table "outgoing_message" ("id" uuid not null, "channel" varchar(8) not null, "recipient" varchar(320) not null, "subject" varchar(200) null, "body" text not null, "scheduled_notification_id" uuid not null, "created_at" timestamptz not null, constraint "outgoing_message_pkey" primary key ("id"));`);
    this.addSql(`create index "outgoing_message_recipient_created_at_index" on "outgoing_message" ("recipient", "created_at");`);

    this.addSql(`create table "processed_event" ("event_id" uuid not null, "consumer" varchar(64) not null, "event_type" varchar(64) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("event_id", "consumer"));`);

    this.addSql(`create table "scheduled_notification" ("id" uuid not null, "patient_id" uuid not null, "kind" varchar(32) not null, "channel" varchar(8) not null, "due_at" timestamptz not null, "status" varchar(16) not null default 'PENDING', "variables" jsonb not null, "appointment_id" uuid null, "correlation_id" varchar(128) not null, "dedupe_key" varchar(128) not null, "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "scheduled_notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "scheduled_notification" add constraint "scheduled_notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "scheduled_notification_status_due_at_index" on "scheduled_notification" ("status", "due_at");`);
    this.addSql(`create index "scheduled_notification_appointment_id_index" on "scheduled_notification" ("appointment_id");`);

    this.addSql(`alter table "patient" add column "phone" varchar(20) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "outgoing_message" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);

    this.addSql(`drop table if exists "scheduled_notification" cascade;`);

    this.addSql(`alter table "patient" drop column "phone";`);
  }

}
