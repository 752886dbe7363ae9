import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import type { User } from '../user/user.entity';
import { checkPasswordLimited } from './password-check';

/**
 * Asks the signed-in user for their current password before a change that
 * would let whoever holds the access token keep the account (turning on
 * two-factor authentication, a new password, a new email). A stolen access
 * token alone is not enough. Wrong answers count against the sign-in limits,
 * so this is no side door for guessing. BAD_USER_INPUT (field
 * `currentPassword`), not UNAUTHENTICATED: the session itself is fine, and
 * the apps sign out on UNAUTHENTICATED.
 */
export async function requireCurrentPassword(ctx: Context, user: User, currentPassword: string): Promise<void> {
  if (!(await checkPasswordLimited(ctx, user.email, user, currentPassword))) {
    throw new BadUserInputError('The current password is not correct', ['currentPassword']);
  }
}
