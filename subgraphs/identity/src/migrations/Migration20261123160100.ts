import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "details" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_entry" drop column "details";`);
  }

}
