import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123133629 } from './Migration20261123133629';
import { Migration20261123141745 } from './Migration20261123141745';

/** Applied in order; written by `npm run migration:create -- <subgraph>`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123133629', class: Migration20261123133629 },
  { name: 'Migration20261123141745', class: Migration20261123141745 },
];
