import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { identityEnv } from '../auth/identity-env';

/**
 * Encrypts small secrets at rest (TOTP secrets must be readable again, so
 * they cannot be hashed) with AES-256-GCM under identity's data key:
 * `IDENTITY_DATA_KEY` (base64, 32 bytes) or `IDENTITY_DATA_KEY_FILE`; outside
 * production a missing key file is created.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function secretBoxFromEnv(production: boolean, vars: NodeJS.ProcessEnv = process.env): SecretBox {
  return secretBox(dataKey(production, vars));
}

let shared: SecretBox | null = null;

/** The box under identity's own data key (TOTP secrets, sessions kept for a retried refresh), made once. */
export function identityDataBox(): SecretBox {
  return (shared ??= secretBoxFromEnv(identityEnv().production));
}

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The identity data key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), data.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, iv, data, tag] = sealed.split('.');
      if (version !== 'v1' || !iv || !data || !tag) throw new Error('Unknown sealed secret format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

function dataKey(production: boolean, vars: NodeJS.ProcessEnv): Buffer {
  if (vars.IDENTITY_DATA_KEY) return Buffer.from(vars.IDENTITY_DATA_KEY, 'base64');
  const file = vars.IDENTITY_DATA_KEY_FILE ?? join(process.cwd(), '.data', 'keys', 'identity-data-key');
  if (!existsSync(file)) {
    if (production) throw new Error(`Identity data key file ${file} does not exist`);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
