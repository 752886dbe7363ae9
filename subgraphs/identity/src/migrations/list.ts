import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123133625 } from './Migration20261123133625';
import { Migration20261123141756 } from './Migration20261123141756';
import { Migration20261123145436 } from './Migration20261123145436';
import { Migration20261123160100 } from './Migration20261123160100';
import { Migration20261201130000 } from './Migration20261201130000';
import { Migration20261201131200 } from './Migration20261201131200';
import { Migration20261204180000 } from './Migration20261204180000';
import { Migration20261204183000 } from './Migration20261204183000';
import { Migration20261204183100 } from './Migration20261204183100';

/** Applied in order; written by `npm run migration:create -- <subgraph>`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123133625', class: Migration20261123133625 },
  { name: 'Migration20261123141756', class: Migration20261123141756 },
  { name: 'Migration20261123145436', class: Migration20261123145436 },
  { name: 'Migration20261123160100', class: Migration20261123160100 },
  { name: 'Migration20261201130000', class: Migration20261201130000 },
  { name: 'Migration20261201131200', class: Migration20261201131200 },
  { name: 'Migration20261204180000', class: Migration20261204180000 },
  { name: 'Migration20261204183000', class: Migration20261204183000 },
  { name: 'Migration20261204183100', class: Migration20261204183100 },
];
