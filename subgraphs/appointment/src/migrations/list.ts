import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123133626 } from './Migration20261123133626';
import { Migration20261123141726 } from './Migration20261123141726';
import { Migration20261123141754 } from './Migration20261123141754';
import { Migration20261123141758 } from './Migration20261123141758';
import { Migration20261204190000 } from './Migration20261204190000';

/** Applied in order; written by `npm run migration:create -- <subgraph>`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123133626', class: Migration20261123133626 },
  { name: 'Migration20261123141726', class: Migration20261123141726 },
  { name: 'Migration20261123141754', class: Migration20261123141754 },
  { name: 'Migration20261123141758', class: Migration20261123141758 },
  { name: 'Migration20261204190000', class: Migration20261204190000 },
];
