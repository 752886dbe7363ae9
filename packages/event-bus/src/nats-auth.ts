import { readFileSync } from 'node:fs';
import { credsAuthenticator, type ConnectionOptions } from '@nats-io/transport-node';

/** How a service proves itself to NATS, from its settings; empty for a server that takes anyone. */
export type NatsAuthOptions = Pick<ConnectionOptions, 'user' | 'pass' | 'authenticator'>;

/**
 * NATS credentials from the environment: `NATS_CREDS` (path of a `.creds`
 * file: a user JWT and its nkey seed, as `nsc` writes them) wins; else
 * `NATS_USER` with `NATS_PASSWORD`; else none, so an external NATS without
 * authentication keeps working. A user without a password (or the other way
 * round) is a configuration mistake and stops the service at start-up.
 */
export function natsAuthFrom(env: NodeJS.ProcessEnv): NatsAuthOptions {
  const creds = env.NATS_CREDS;
  if (creds) return { authenticator: credsAuthenticator(readFileSync(creds)) };
  const user = env.NATS_USER || undefined;
  const pass = env.NATS_PASSWORD || undefined;
  if (!user && !pass) return {};
  if (!user || !pass) throw new Error('NATS_USER and NATS_PASSWORD go together: set both, or neither');
  return { user, pass };
}
