import { join } from 'node:path';
import { loadSigningKeyFile, signingKeyFromPem, type SigningKey } from '@telemed/auth/signing-key';
import type { SubgraphEnv } from '@telemed/subgraph-kit/env';

/**
 * Identity's access-token keys, current first: `JWT_SIGNING_KEY` (PEM, from a
 * secret store) or `JWT_SIGNING_KEY_FILE` signs; `JWT_PREVIOUS_SIGNING_KEY_FILES`
 * (comma-separated) are still published in the JWKS so tokens they signed
 * verify until they expire. Rotation: make the current key a previous one,
 * install a new current key, restart identity; drop the previous key after
 * the access-token lifetime (15 min) plus the JWKS cache time (10 min).
 * Outside production a missing current key file is created.
 */
export function loadSigningKeys(env: SubgraphEnv, vars: NodeJS.ProcessEnv = process.env): SigningKey[] {
  const current = vars.JWT_SIGNING_KEY
    ? signingKeyFromPem(vars.JWT_SIGNING_KEY)
    : loadSigningKeyFile(vars.JWT_SIGNING_KEY_FILE ?? join(process.cwd(), '.data', 'keys', 'jwt-signing-key.pem'), { create: !env.production });
  const previous = (vars.JWT_PREVIOUS_SIGNING_KEY_FILES ?? '')
    .split(',')
    .map((file) => file.trim())
    .filter(Boolean)
    .map((file) => loadSigningKeyFile(file, { create: false }));
  return [current, ...previous.filter((key) => key.kid !== current.kid)];
}

let cached: SigningKey[] | null = null;

/** The keys of this process, loaded once. */
export function signingKeys(env: SubgraphEnv): SigningKey[] {
  return (cached ??= loadSigningKeys(env));
}

/** The key new access tokens are signed with. */
export function currentSigningKey(env: SubgraphEnv): SigningKey {
  return signingKeys(env)[0]!;
}
