/** What a user may do on the platform. */
export type Role = 'PATIENT' | 'DOCTOR' | 'ADMIN' | 'PARTNER';

export const ROLES: readonly Role[] = ['PATIENT', 'DOCTOR', 'ADMIN', 'PARTNER'];

/** Who is calling, as every subgraph sees it once the access token is verified. */
export interface Caller {
  readonly userId: string;
  readonly roles: readonly Role[];
  /** The identity `Patient.id` of a patient caller. */
  readonly patientId: string | null;
  /** The provider `Doctor.id` of a doctor caller. */
  readonly doctorId: string | null;
  /** Partner API scopes; empty for people. */
  readonly scopes: readonly string[];
}

/** Issuer and audience every access token carries and every verifier pins. */
export const TOKEN_ISSUER = 'telemed-identity';
export const TOKEN_AUDIENCE = 'telemed-api';

/** Access token claims beyond the registered ones. */
export interface AccessTokenClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly pid?: string;
  readonly did?: string;
  readonly scope?: string;
}

export function callerFromClaims(claims: AccessTokenClaims): Caller {
  return {
    userId: claims.sub,
    roles: claims.roles.filter((role): role is Role => ROLES.includes(role)),
    patientId: claims.pid ?? null,
    doctorId: claims.did ?? null,
    scopes: claims.scope ? claims.scope.split(' ').filter(Boolean) : [],
  };
}
