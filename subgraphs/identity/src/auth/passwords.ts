import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { BadUserInputError } from '@telemed/subgraph-kit/errors';

// `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;
// OWASP's argon2id baseline (19 MiB, 2 passes); native and off the event loop.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_BYTES = 72;

/** Refuses passwords too short to resist guessing, or too long to hash cheaply (BAD_USER_INPUT naming `field`). */
export function checkPasswordStrength(password: string, field: string[]): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInputError(`Password must be at least ${MIN_PASSWORD_LENGTH} characters`, field);
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    throw new BadUserInputError(`Password must be at most ${MAX_PASSWORD_BYTES} bytes`, field);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let decoy: Promise<string> | null = null;

/**
 * The hash verified when there is no account (or no password): made with the
 * same parameters as every stored hash, so verifying it costs the same, and
 * made once, up front (a lazy first hash would make the first unknown email slower).
 */
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(16).toString('base64url')));
}
void decoyHash();

/** Whether `password` matches `passwordHash`; with no hash, verifies the decoy (the same argon2 work) and says no. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await decoyHash(), password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
