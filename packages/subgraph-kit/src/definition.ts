import type { DocumentNode } from 'graphql';
import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceClient } from '@telemed/service-client/service-client';
import type { SubgraphName } from '@telemed/topology/subgraphs';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import type { Handler } from '@telemed/http-server/service';
import type { AccessPolicies } from './access-policy';
import type { SubgraphContext } from './context';
import type { SubgraphEnv } from './env';
import type { BackgroundWorker } from './worker';
import type { EventType } from '@telemed/event-bus/catalogue/index';
import type { ConsumerDefinition } from './events/consumer-definition';

/** What an extra HTTP route may use (it runs outside GraphQL, so it gets no resolver context). */
export interface RouteDeps {
  /** Fork per request: `orm.em.fork()`. */
  readonly orm: MikroORM;
  readonly logger: Logger;
  readonly services: ServiceClient;
}

/** The events a subgraph takes part in; the kit adds the tables and runs the relay and consumers. */
export interface SubgraphEvents {
  /** Event types this subgraph records (`recordEvent`): it gets an `outbox_event` table and a relay. */
  readonly produces?: readonly EventType[];
  /** Durable consumers: they get a `processed_event` table and run while the subgraph runs. */
  readonly consumers?: readonly ConsumerDefinition[];
}

/**
 * Everything that makes one subgraph: its contract, its resolvers, its tables
 * and its per-request loaders. The kit turns it into a running service; a
 * subgraph never writes bootstrap code of its own.
 */
export interface SubgraphDefinition<TLoaders extends object = object> {
  readonly name: SubgraphName;
  /** Parsed `schema.graphql`. */
  readonly typeDefs: DocumentNode;
  /** Resolver map typed by codegen (`__generated__/resolvers-types.ts`). */
  readonly resolvers: Readonly<Record<string, unknown>>;
  // EntitySchema's type parameters vary per entity; the kit only hands them to MikroORM.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly entities: readonly EntitySchema<any, any>[];
  /** Migrations in order; new ones are appended by `npm run migration:create -- <name>`. */
  readonly migrations: readonly MigrationObject[];
  /** Absolute path of the folder `migration:create` writes to. */
  readonly migrationsPath: string;
  /** Per-request DataLoaders, built on the request's forked EntityManager. */
  readonly loaders: (em: EntityManager) => TLoaders;
  /**
   * Loads this subgraph's slice of the demo world into an empty database.
   * Runs at start outside production unless `SEED_DEMO_DATA=false`.
   */
  readonly seed?: (em: EntityManager, data: DemoDataset) => Promise<void>;
  /**
   * Extra HTTP routes beside `/graphql` (identity's JWKS, storage's file
   * links, ...). The kit adds no service-token check: a route that must only
   * be reached through the gateway wraps itself in `requireServiceToken`.
   */
  readonly routes?: (env: SubgraphEnv, deps: RouteDeps) => Record<string, Handler>;
  /**
   * Ownership rules of the types this subgraph owns (`src/<domain>/<domain>.policy.ts`),
   * enforced by the kit on root fields, nested fields and `_entities` alike.
   */
  readonly policies?: AccessPolicies<SubgraphContext<TLoaders>>;
  /**
   * Whether this subgraph keeps an `audit_outbox` table (it reads or changes
   * clinical data). The kit adds the table to its entities and runs the relay
   * that delivers the records to identity's audit log.
   */
  readonly auditOutbox?: boolean;
  /**
   * Accept GraphQL multipart requests (an `Upload` scalar) within these limits
   * (graphql-upload-minimal options; the gateway forwards uploads as multipart).
   */
  readonly uploads?: () => { readonly maxFileSize: number; readonly maxFiles: number };
  /** Events produced and consumed (docs/events.md). */
  readonly events?: SubgraphEvents;
  /** Background work that runs beside the HTTP server (e.g. a scheduled dispatcher). */
  readonly workers?: readonly BackgroundWorker[];
}

/** Identity helper that keeps the loaders' type for resolvers. */
export function defineSubgraph<TLoaders extends object>(definition: SubgraphDefinition<TLoaders>): SubgraphDefinition<TLoaders> {
  return definition;
}
