import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@telemed/auth/claims';
import type { ServicePrincipal } from '@telemed/auth/service-token';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceClient } from '@telemed/service-client/service-client';
import type { AuditRecorder } from './audit-recorder';
import type { LiveEvents } from './events/live-events';
import type { LazyNatsConnection } from './nats-connection';

export type { Caller };

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<TLoaders extends object = object> {
  /** The subgraph serving the request; events it records name it as their source. */
  readonly subgraph: string;
  /** A fork of the EntityManager: one identity map and unit of work per request. */
  readonly em: EntityManager;
  readonly loaders: TLoaders;
  /** The verified caller of the forwarded access token; null for anonymous requests. */
  readonly caller: Caller | null;
  /** The service that sent the request (its service token): `gateway`, or another subgraph. */
  readonly service: ServicePrincipal;
  /** The end user's IP address as the gateway saw it; null when another service called. */
  readonly clientIp: string | null;
  readonly correlationId: string;
  /** JSON logger bound to the correlation ID. */
  readonly logger: Logger;
  /** Records reads and changes of audited (clinical) data for identity's audit log. */
  readonly audit: AuditRecorder;
  /** Calls other subgraphs in this subgraph's own name (service token, retries, breaker). */
  readonly services: ServiceClient;
  /** The process's NATS connection, for subscription resolvers (`subjectStream`). */
  readonly nats: LazyNatsConnection;
  /** Catalogued events as they are published, for `Subscription` resolvers. */
  readonly liveEvents: LiveEvents;
  /**
   * The caller's verified `Authorization` header, for service calls made on
   * their behalf (`services.request(target, { authorization, ... })`), so the
   * target applies its own rules to the same caller; undefined when anonymous.
   */
  readonly authorization: string | undefined;
}
