import { join } from 'node:path';
import { loadSigningKeyFile, signingKeyFromPem, type SigningKey } from '@telemed/auth/signing-key';
import type { SubgraphEnv } from '@telemed/subgraph-kit/env';

/**
 * Identity's access-token signing key: `JWT_SIGNING_KEY` (PEM, from a secret
 * store) or `JWT_SIGNING_KEY_FILE`. Outside production a missing file is
 * created, so a dev machine needs no setup; production never invents a key.
 */
export function loadSigningKeys(env: SubgraphEnv, vars: NodeJS.ProcessEnv = process.env): SigningKey[] {
  if (vars.JWT_SIGNING_KEY) return [signingKeyFromPem(vars.JWT_SIGNING_KEY)];
  const file = vars.JWT_SIGNING_KEY_FILE ?? join(process.cwd(), '.data', 'keys', 'jwt-signing-key.pem');
  return [loadSigningKeyFile(file, { create: !env.production })];
}
