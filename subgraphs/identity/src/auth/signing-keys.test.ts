import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signAccessToken, verifyAccessToken } from '@telemed/auth/access-token';
import { jwksOf, localKeyResolver } from '@telemed/auth/jwks';
import { readSubgraphEnv } from '@telemed/subgraph-kit/env';
import { loadSigningKeys } from './signing-keys';

function pemFile(dir: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return file;
}

describe('signing key rotation', () => {
  it('signs with the current key and still publishes the previous one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const [current, previous] = [pemFile(dir, 'current.pem'), pemFile(dir, 'previous.pem')];
    const env = readSubgraphEnv(0, {});
    const before = loadSigningKeys(env, { JWT_SIGNING_KEY_FILE: previous });
    const after = loadSigningKeys(env, { JWT_SIGNING_KEY_FILE: current, JWT_PREVIOUS_SIGNING_KEY_FILES: previous });
    expect(after.map((k) => k.kid)).toEqual([expect.any(String), before[0]!.kid]);
    expect(jwksOf(after).keys).toHaveLength(2);
    // A token signed before the rotation still verifies against the published set.
    const old = signAccessToken({ userId: 'u', roles: ['PATIENT'] }, before[0]!);
    await expect(verifyAccessToken(old, localKeyResolver(after))).resolves.toMatchObject({ userId: 'u' });
  });
});
