/**
 * Creates the keys of a container stack, one folder per service, so that each
 * service can be given only its own private keys (docker-compose's `keys`
 * service writes one volume per service this way):
 *
 *   <folder>/public/service-jwks.json       the trust bundle: public keys of every service
 *   <folder>/<service>/service-key.pem      each service's service-token key (gateway and subgraphs)
 *   <folder>/identity/jwt-signing-key.pem   identity's access-token key
 *   <folder>/identity/identity-data-key     identity's data key (two-factor secrets)
 *   <folder>/storage/file-link-key          storage's file-link signing key
 *
 * Existing keys are kept (a restart does not sign everyone out); the bundle is
 * rewritten from them. With `--owner uid:gid` (run as root) the folders and
 * files are handed to that user: private folders 0700 and files 0600, the
 * public folder 0755 and the bundle 0644.
 *
 *   node dist/scripts/provision-keys.js <folder> [--owner 1000:1000]
 */
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { serviceJwksOf } from '@telemed/auth/service-trust';
import { provisionDataKey } from '@telemed/devstack/service-keys';
import { subgraphNames } from '@telemed/topology/subgraphs';

/** Private key files per service, relative to its folder (and the variable naming each in the service). */
export const privateKeyFiles: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  ['gateway', ...subgraphNames].map((service) => [
    service,
    {
      SERVICE_KEY_FILE: 'service-key.pem',
      ...(service === 'identity' && { JWT_SIGNING_KEY_FILE: 'jwt-signing-key.pem', IDENTITY_DATA_KEY_FILE: 'identity-data-key' }),
      ...(service === 'storage' && { FILE_LINK_KEY_FILE: 'file-link-key' }),
    },
  ]),
);

/** Writes the layout above into `folder`, keeping keys that exist; hands it to `owner` when given. */
export function provisionKeys(folder: string, owner: { uid: number; gid: number } | null): void {
  const entries = [];
  for (const [service, files] of Object.entries(privateKeyFiles)) {
    const dir = join(folder, service);
    mkdirSync(dir, { recursive: true });
    for (const [variable, file] of Object.entries(files)) {
      const path = join(dir, file);
      if (file.endsWith('.pem')) {
        const key = loadSigningKeyFile(path, { create: true });
        if (variable === 'SERVICE_KEY_FILE') entries.push({ issuer: service, key });
      } else {
        provisionDataKey(path);
      }
      secure(path, 0o600, owner);
    }
    secure(dir, 0o700, owner);
  }
  const publicDir = join(folder, 'public');
  mkdirSync(publicDir, { recursive: true });
  const bundle = join(publicDir, 'service-jwks.json');
  writeFileSync(bundle, `${JSON.stringify(serviceJwksOf(entries), null, 2)}\n`);
  secure(bundle, 0o644, owner);
  secure(publicDir, 0o755, owner);
}

function main(): void {
  const args = process.argv.slice(2);
  const folder = args.find((arg) => !arg.startsWith('--') && arg !== args[args.indexOf('--owner') + 1]);
  const ownerArg = args.includes('--owner') ? args[args.indexOf('--owner') + 1] : undefined;
  if (!folder) throw new Error('usage: provision-keys <folder> [--owner uid:gid]');
  provisionKeys(folder, ownerArg ? parseOwner(ownerArg) : null);
  console.log(`Keys ready in ${folder} for ${Object.keys(privateKeyFiles).join(', ')}${ownerArg ? `, owned by ${ownerArg}` : ''}`);
}

function secure(path: string, mode: number, owner: { uid: number; gid: number } | null): void {
  chmodSync(path, mode);
  if (owner) chownSync(path, owner.uid, owner.gid);
}

function parseOwner(value: string): { uid: number; gid: number } {
  const match = /^(\d+):(\d+)$/.exec(value);
  if (!match) throw new Error(`--owner must be uid:gid, got "${value}"`);
  return { uid: Number(match[1]), gid: Number(match[2]) };
}

if (require.main === module) main();
