import { randomBytes } from 'node:crypto';
import { subgraphUrlVariable, type SubgraphName } from '@telemed/topology/subgraphs';

export type StackMode = 'dev' | 'test' | 'bench';

/** What differs between the dev stack (`npm start`) and the test stack (Jest). */
export interface StackSettings {
  /** Databases are `<prefix>_<subgraph>`, so the two stacks can share one server. */
  readonly databasePrefix: string;
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly logLevel: string;
  /** EVENT_NAMESPACE: subjects, streams and consumers of this stack, apart from others on the same NATS. */
  readonly eventNamespace: string;
  /** Event timings for the services (ack wait, backoff, outbox poll); tests shorten them. */
  readonly eventEnv: Readonly<Record<string, string>>;
}

export function stackSettings(mode: StackMode, env: NodeJS.ProcessEnv = process.env): StackSettings {
  switch (mode) {
    case 'dev':
      return { databasePrefix: 'telemed', nodeEnv: 'development', logLevel: env.LOG_LEVEL ?? 'info', eventNamespace: 'dev', eventEnv: {} };
    case 'test':
      return {
        databasePrefix: 'telemed_test',
        nodeEnv: 'test',
        logLevel: env.LOG_LEVEL ?? 'warn',
        // One per run: a run never reads another's events, even on a shared NATS.
        eventNamespace: `t${randomBytes(5).toString('hex')}`,
        // Retries and redeliveries in seconds, not minutes, so the tests that wait for them stay short.
        eventEnv: { EVENT_ACK_WAIT_MS: '5000', EVENT_BACKOFF_MS: '200,400,800,1600', OUTBOX_POLL_MS: '500' },
      };
    case 'bench':
      // Services measured as they run in production: masking on, quiet logs.
      return { databasePrefix: 'telemed_bench', nodeEnv: 'production', logLevel: env.LOG_LEVEL ?? 'warn', eventNamespace: 'bench', eventEnv: {} };
  }
}

/** URL of a service's GraphQL endpoint on this machine. */
export function localGraphqlUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

export interface ServiceEnvOptions {
  /** The environment to start from (the supervisor's own), so PATH, HOME and the like carry over. */
  readonly base: NodeJS.ProcessEnv;
  readonly settings: StackSettings;
  readonly port: number;
  readonly databaseUrl: string;
  readonly natsUrl: string;
  /** The `NATS_*` credential variables for that server (`NatsHandle.auth.env`); empty for none. */
  readonly natsAuth?: Readonly<Record<string, string>>;
  /** Every subgraph's URL in this stack. */
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
}

/**
 * Environment of one service in the stack. Every service, not only the
 * gateway, gets every `SUBGRAPH_<NAME>_URL`: subgraphs call each other through
 * the service client, and on a test stack's random ports the defaults
 * (4001-4006) would reach a running `npm start` instead.
 */
export function serviceEnv(options: ServiceEnvOptions): NodeJS.ProcessEnv {
  const { settings } = options;
  const env: NodeJS.ProcessEnv = {
    ...options.base,
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    DATABASE_PREFIX: settings.databasePrefix,
    NATS_URL: options.natsUrl,
    NODE_ENV: settings.nodeEnv,
    LOG_LEVEL: settings.logLevel,
    EVENT_NAMESPACE: settings.eventNamespace,
    ...settings.eventEnv,
  };
  // The stack's NATS credentials only: an outer NATS_CREDS must not win over the password of the stack's own server.
  for (const name of ['NATS_CREDS', 'NATS_USER', 'NATS_PASSWORD']) delete env[name];
  Object.assign(env, options.natsAuth ?? {});
  // Subgraphs skip demo data in production; a stack always serves it.
  if (settings.nodeEnv === 'production') env.SEED_DEMO_DATA = 'true';
  for (const [name, url] of Object.entries(options.subgraphUrls)) env[subgraphUrlVariable(name)] = url;
  return env;
}
