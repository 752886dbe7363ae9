import type { Caller, Role } from '@telemed/auth/claims';
import type { ServicePrincipal } from '@telemed/auth/service-token';
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

/**
 * For public fields a partner reaches under a named scope (`doctors:read`,
 * `clinics:read`): a PARTNER caller (an API key, or a partner's own login,
 * which holds no scopes) must hold `scope`, else FORBIDDEN; every other caller,
 * anonymous included, passes. `@requiresScopes` cannot say this: it would
 * refuse anonymous callers of the public directory too.
 */
export function requirePartnerScope(caller: Caller | null, scope: string): void {
  if (caller?.roles.includes('PARTNER') && !caller.scopes.includes(scope)) {
    throw new ForbiddenError(`This API key lacks the scope ${scope}`);
  }
}

/** Name of the gateway's service identity: requests it signs come from outside callers. */
export const GATEWAY_SERVICE = 'gateway';

/**
 * For fields only services may call (audit intake, lookups for logins, API key
 * exchange): the sender must be one of `issuers`, or, when none are named, any
 * service but the gateway (which relays outside callers). Such fields are also
 * `@inaccessible`, so they are not in the public API and the gateway never
 * plans a client's operation onto them.
 */
export function requireService(service: ServicePrincipal, ...issuers: string[]): ServicePrincipal {
  const allowed = issuers.length ? issuers.includes(service.issuer) : service.issuer !== GATEWAY_SERVICE;
  if (!allowed) throw new ForbiddenError('Only services may call this field');
  return service;
}

/**
 * What `@requiresScopes` checks against: the caller's roles (`ADMIN`,
 * `DOCTOR`, `PATIENT`, `PARTNER`) plus the scopes of a partner's API key
 * (`doctors:read`, ...).
 */
export function callerScopes(caller: Caller): ReadonlySet<string> {
  return new Set<string>([...caller.roles, ...caller.scopes]);
}
