import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "name" varchar(200) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "created_by" uuid not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_roles" text[] not null, "action" varchar(32) not null, "entity_type" varchar(64) not null, "entity_ids" text[] not null, "correlation_id" varchar(128) not null, "source" varchar(64) not null, "via_service" varchar(64) null, "received_at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_occurred_at_id_index" on "audit_entry" ("occurred_at", "id");`);
    this.addSql(`create index "audit_entry_actor_user_id_occurred_at_index" on "audit_entry" ("actor_user_id", "occurred_at");`);
    this.addSql(`create index "audit_entry_correlation_id_index" on "audit_entry" ("correlation_id");`);

    this.addSql(`create table "mail_outbox" ("id" uuid not null, "to" varchar(320) not null, "subject" varchar(200) not null, "body" text not null, "status" varchar(16) not null default 'PENDING', "attempts" int not null default 0, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "mail_outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "mail_outbox_status_created_at_index" on "mail_outbox" ("status", "created_at");`);
    this.addSql(`create index "mail_outbox_to_created_at_index" on "mail_outbox" ("to", "created_at");`);

    this.addSql(`create table "one_time_token" ("id" uuid not null, "user_id" uuid not null, "purpose" varchar(32) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "one_time_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "one_time_token_user_id_purpose_index" on "one_time_token" ("user_id", "purpose");`);

    this.addSql(`create table "rate_limit_counter" ("bucket" varchar(200) not null, "window_start" timestamptz not null, "hits" int not null default 0, constraint "rate_limit_counter_pkey" primary key ("bucket", "window_start"));`);

    this.addSql(`create table "recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "recovery_code_pkey" primary key ("id"));`);
    this.addSql(`alter table "recovery_code" add constraint "recovery_code_code_hash_unique" unique ("code_hash");`);
    this.addSql(`create index "recovery_code_user_id_index" on "recovery_code" ("user_id");`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "family_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "rotated_at" timestamptz null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);
    this.addSql(`create index "refresh_token_user_id_index" on "refresh_token" ("user_id");`);

    this.addSql(`alter table "user_account" add column "password_hash" varchar(255) null, add column "email_verified_at" timestamptz null, add column "totp_secret" varchar(255) null, add column "totp_pending_secret" varchar(255) null, add column "totp_last_step" bigint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "mail_outbox" cascade;`);

    this.addSql(`drop table if exists "one_time_token" cascade;`);

    this.addSql(`drop table if exists "rate_limit_counter" cascade;`);

    this.addSql(`drop table if exists "recovery_code" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`alter table "user_account" drop column "password_hash", drop column "email_verified_at", drop column "totp_secret", drop column "totp_pending_secret", drop column "totp_last_step";`);
  }

}
