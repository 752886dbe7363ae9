import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123133630 } from './Migration20261123133630';
import { Migration20261123141759 } from './Migration20261123141759';
import { Migration20261201142537 } from './Migration20261201142537';

/** Applied in order; written by `npm run migration:create -- <subgraph>`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123133630', class: Migration20261123133630 },
  { name: 'Migration20261123141759', class: Migration20261123141759 },
  { name: 'Migration20261201142537', class: Migration20261201142537 },
];
