import { BadUserInputError } from '@telemed/subgraph-kit/errors';

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** Lower-cased, trimmed email, or BAD_USER_INPUT naming `field`. */
export function normalizeEmail(email: string, field: string[]): string {
  const normalized = email.trim().toLowerCase();
  if (normalized.length > 320 || !EMAIL.test(normalized)) throw new BadUserInputError('Enter a valid email address', field);
  return normalized;
}
