import { Migration } from '@mikro-orm/migrations';

export class Migration20261204183000 extends Migration {

  override async up(): Promise<void> {
    // Keys created before quotas existed get the default quota.
    this.addSql(`alter table "api_key" add column "quota_per_minute" int not null default 60, add column "quota_per_day" int not null default 10000;`);
    this.addSql(`alter table "api_key" alter column "quota_per_minute" drop default, alter column "quota_per_day" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop column "quota_per_minute", drop column "quota_per_day";`);
  }

}
