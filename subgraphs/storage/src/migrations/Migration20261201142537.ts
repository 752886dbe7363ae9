import { Migration } from '@mikro-orm/migrations';

export class Migration20261201142537 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "event_id" uuid not null, "event_type" varchar(64) not null, "event_version" int not null, "aggregate_id" varchar(128) not null, "envelope" jsonb not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_event_pending_index" on "outbox_event" ("aggregate_id", "id") where "sent_at" is null;`);

    this.addSql(`alter table "stored_file" add column "status" varchar(16) not null default 'READY';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`alter table "stored_file" drop column "status";`);
  }

}
