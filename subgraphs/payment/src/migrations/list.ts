import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123133627 } from './Migration20261123133627';
import { Migration20261123141702 } from './Migration20261123141702';
import { Migration20261123160000 } from './Migration20261123160000';

/** Applied in order; written by `npm run migration:create -- <subgraph>`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123133627', class: Migration20261123133627 },
  { name: 'Migration20261123141702', class: Migration20261123141702 },
  { name: 'Migration20261123160000', class: Migration20261123160000 },
];
