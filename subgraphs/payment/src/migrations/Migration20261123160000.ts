import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_outbox" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_roles" text[] not null, "via_service" varchar(64) not null, "action" varchar(16) not null, "entity_type" varchar(64) not null, "entity_ids" text[] not null, "correlation_id" varchar(128) not null, "delivered_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, constraint "audit_outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_outbox_delivered_at_next_attempt_at_index" on "audit_outbox" ("delivered_at", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_outbox" cascade;`);
  }

}
