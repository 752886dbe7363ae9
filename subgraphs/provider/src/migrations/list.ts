import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123133414 } from './Migration20261123133414';
import { Migration20261123141431 } from './Migration20261123141431';

/** Applied in order; written by `npm run migration:create -- <subgraph>`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123133414', class: Migration20261123133414 },
  { name: 'Migration20261123141431', class: Migration20261123141431 },
];
