import { signAccessToken, type AccessTokenSubject } from '@telemed/auth/access-token';
import { SERVICE_TOKEN_HEADER, signServiceToken } from '@telemed/auth/service-token';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { serviceKeyFile } from '@telemed/devstack/service-keys';
import { signingKeyFile } from '@telemed/devstack/stack';
import type { SubgraphName } from '@telemed/topology/subgraphs';
import { testStackDataDir } from './stack-file';

/**
 * A real access token for the test stack, signed with identity's key (the
 * stack created it in its data folder), so tests can act as any role
 * without going through a login first.
 */
export function accessToken(subject: AccessTokenSubject, ttlSeconds?: number): string {
  const key = loadSigningKeyFile(signingKeyFile(testStackDataDir), { create: false });
  return signAccessToken(subject, key, ttlSeconds);
}

/** `Authorization` header for `subject`. */
export function bearer(subject: AccessTokenSubject, ttlSeconds?: number): Record<string, string> {
  return { authorization: `Bearer ${accessToken(subject, ttlSeconds)}` };
}

/**
 * `x-service-token` for calling `subgraph` directly, signed the way the
 * gateway signs it (the gateway's key from the stack's data folder), or as
 * another service with `issuer`.
 */
export function serviceToken(subgraph: SubgraphName, issuer = 'gateway', ttlSeconds?: number): Record<string, string> {
  const key = loadSigningKeyFile(serviceKeyFile(testStackDataDir, issuer), { create: false });
  return { [SERVICE_TOKEN_HEADER]: signServiceToken(issuer, subgraph, key, ttlSeconds) };
}

const demo = buildDemoDataset();

/** Demo callers, one per role, as access-token subjects. */
export const as = {
  admin: { userId: demo.admin.id, roles: ['ADMIN' as const] },
  patient: (index = 0) => {
    const patient = demo.patients[index]!;
    return { userId: patient.userId, roles: ['PATIENT' as const], patientId: patient.id };
  },
  doctor: (index = 0) => {
    const doctor = demo.doctors[index]!;
    return { userId: doctor.userId, roles: ['DOCTOR' as const], doctorId: doctor.id };
  },
};
