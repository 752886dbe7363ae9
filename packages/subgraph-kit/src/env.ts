import { loadSigningKeyFile, signingKeyFromPem, type SigningKey } from '@telemed/auth/signing-key';
import { JWKS_DEFAULTS } from '@telemed/auth/jwks';
import { serviceTrustFromEnv, type ServiceTrust } from '@telemed/auth/service-trust';
import { subgraphUrl } from '@telemed/topology/subgraphs';
import { natsAuthFrom, type NatsAuthOptions } from '@telemed/event-bus/nats-auth';
import { defaultRetryPolicy, parseBackoff } from '@telemed/event-bus/retry';

/** Settings every subgraph reads from its environment; parsed once, at start. */
export interface SubgraphEnv {
  readonly port: number;
  /** Server URL; the subgraph uses its own database `<prefix>_<name>` on it. */
  readonly databaseUrl: string;
  readonly databasePrefix: string;
  /** `DATABASE_NAME`: the subgraph's database on that server, when it is not `<prefix>_<name>` (one provisioned per subgraph). */
  readonly databaseName: string | undefined;
  /** `CREATE_DATABASES` (default true): create the database when missing; `false` where it is provisioned and the user may not. */
  readonly createDatabase: boolean;
  readonly natsUrl: string;
  /** NATS credentials (`NATS_CREDS`, or `NATS_USER` + `NATS_PASSWORD`); none for a server that takes anyone. */
  readonly natsAuth: NatsAuthOptions;
  readonly production: boolean;
  /** `MIGRATE_ON_START` (default true): `false` where a migration job runs them (`<entry> migrate`, the Helm chart's hook). */
  readonly migrateOnStart: boolean;
  readonly seedDemoData: boolean;
  readonly dbPoolMax: number;
  /** Where access-token public keys are published (identity's JWKS). */
  readonly jwksUrl: string;
  /** JWKS cache: fresh for `JWKS_CACHE_SECONDS`, then served stale while refreshed, up to `JWKS_MAX_STALE_SECONDS` through an identity outage. */
  readonly jwksCacheSeconds: number;
  readonly jwksMaxStaleSeconds: number;
  /** Public keys of the services whose service tokens are accepted (`SERVICE_JWKS_FILE` / `SERVICE_JWKS`). */
  readonly serviceTrust: ServiceTrust | null;
  /** This service's own service-token key (`SERVICE_KEY_FILE` / `SERVICE_KEY`), for calls to others. */
  readonly serviceKey: SigningKey | null;
  /** How often the audit relay looks for undelivered records (`AUDIT_RELAY_INTERVAL_MS`, default 1000). */
  readonly auditRelayIntervalMs: number;
  /** Prefix of subjects, streams and consumers, so stacks sharing a NATS server stay apart. */
  readonly eventNamespace: string;
  /** Copies of each event stream in the JetStream cluster (`EVENT_STREAM_REPLICAS`, default 1; 3 in production). */
  readonly eventStreamReplicas: number;
  /** A consumer's unacknowledged delivery goes to another replica after this long. */
  readonly eventAckWaitMs: number;
  /** Deliveries of a failing event before it becomes a dead letter. */
  readonly eventMaxAttempts: number;
  /** Delays before each redelivery of a failing event. */
  readonly eventBackoffMs: readonly number[];
  /** How often the outbox relay looks for rows it was not told about. */
  readonly outboxPollMs: number;
}

export function readSubgraphEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  return {
    port: envInteger(env, 'PORT', defaultPort),
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    databasePrefix: env.DATABASE_PREFIX ?? 'telemed',
    databaseName: env.DATABASE_NAME || undefined,
    createDatabase: envFlag(env, 'CREATE_DATABASES', true),
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    natsAuth: natsAuthFrom(env),
    production: env.NODE_ENV === 'production',
    migrateOnStart: envFlag(env, 'MIGRATE_ON_START', true),
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : env.NODE_ENV !== 'production',
    dbPoolMax: envInteger(env, 'DB_POOL_MAX', 10),
    jwksUrl: env.JWKS_URL ?? new URL('/.well-known/jwks.json', subgraphUrl('identity', env)).toString(),
    jwksCacheSeconds: envInteger(env, 'JWKS_CACHE_SECONDS', JWKS_DEFAULTS.ttlSeconds, 1),
    jwksMaxStaleSeconds: envInteger(env, 'JWKS_MAX_STALE_SECONDS', JWKS_DEFAULTS.maxStaleSeconds, 1),
    serviceTrust: serviceTrustFromEnv(env),
    serviceKey: env.SERVICE_KEY
      ? signingKeyFromPem(env.SERVICE_KEY)
      : env.SERVICE_KEY_FILE
        ? loadSigningKeyFile(env.SERVICE_KEY_FILE, { create: false })
        : null,
    auditRelayIntervalMs: envInteger(env, 'AUDIT_RELAY_INTERVAL_MS', 1_000),
    eventNamespace: env.EVENT_NAMESPACE || 'dev',
    eventStreamReplicas: envInteger(env, 'EVENT_STREAM_REPLICAS', 1, 1),
    eventAckWaitMs: envInteger(env, 'EVENT_ACK_WAIT_MS', 30_000),
    eventMaxAttempts: Math.max(1, envInteger(env, 'EVENT_MAX_ATTEMPTS', defaultRetryPolicy.maxAttempts)),
    eventBackoffMs: parseBackoff(env.EVENT_BACKOFF_MS, defaultRetryPolicy.backoffMs),
    outboxPollMs: envInteger(env, 'OUTBOX_POLL_MS', 1_000),
  };
}

/**
 * An integer setting: `fallback` when unset, else at least `min`. A typo in a
 * limit stops the service at start-up instead of silently falling back.
 */
export function envInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`${name} must be an integer of at least ${min}, got "${value}"`);
  return parsed;
}

/** A `true`/`false` setting; anything else stops the service at start-up. */
export function envFlag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${name} must be "true" or "false", got "${value}"`);
}

/** The URL of database `name` on the server at `serverUrl`. */
export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
