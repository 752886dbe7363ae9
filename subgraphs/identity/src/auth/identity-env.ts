import { envInteger, readSubgraphEnv, type SubgraphEnv } from '@telemed/subgraph-kit/env';

let env: SubgraphEnv | null = null;

/** The subgraph environment identity runs with (for its keys), read once. */
export function identityEnv(): SubgraphEnv {
  return (env ??= readSubgraphEnv(0));
}

/** Identity's own settings (documented in its README). */
export interface IdentitySettings {
  /**
   * A refresh token presented again within this many seconds of its rotation
   * gets the same new session back (the first answer was lost), as long as
   * that session's refresh token is unused; later, a second use revokes the family.
   */
  readonly refreshRetryGraceSeconds: number;
}

let settings: IdentitySettings | null = null;

export function identitySettings(vars: NodeJS.ProcessEnv = process.env): IdentitySettings {
  return (settings ??= { refreshRetryGraceSeconds: envInteger(vars, 'REFRESH_RETRY_GRACE_SECONDS', 10, 0) });
}
