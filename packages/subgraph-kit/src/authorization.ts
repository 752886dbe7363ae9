import type { Caller, Role } from '@telemed/auth/claims';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** The caller, or UNAUTHENTICATED for anonymous requests. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw new UnauthenticatedError('You must be signed in');
  return caller;
}

/** The caller when they hold one of `roles`; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(caller: Caller | null, ...roles: Role[]): Caller {
  const known = requireCaller(caller);
  if (!known.roles.some((role) => roles.includes(role))) {
    throw new ForbiddenError(`Requires role ${roles.join(' or ')}`);
  }
  return known;
}

export function isAdmin(caller: Caller | null): boolean {
  return caller?.roles.includes('ADMIN') ?? false;
}
