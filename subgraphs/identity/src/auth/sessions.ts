import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '@telemed/auth/access-token';
import type { Role } from '@telemed/auth/claims';
import { ServiceCallError } from '@telemed/service-client/errors';
import type { Context } from '../context';
import { Patient } from '../patient/patient.entity';
import type { User } from '../user/user.entity';
import { issueRefreshToken } from './refresh-tokens';
import { currentSigningKey } from './signing-keys';
import { identityEnv } from './identity-env';

/** What `Session` resolves from. */
export interface SessionModel {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
  readonly userId: string;
  readonly role: Role;
}

const DOCTOR_ID_FOR_USER = /* GraphQL */ `
  query DoctorIdForUser($userId: ID!) {
    doctorIdForUser(userId: $userId)
  }
`;

/**
 * Issues an access token and a refresh token in `familyId` (new sign-in when
 * omitted). Claims: role, and the record the subject acts as: a patient's
 * `Patient.id` from identity's own table; a doctor's `Doctor.id`, which the
 * provider subgraph owns, asked for through the service client.
 */
export async function issueSession(ctx: Context, user: User, familyId?: string): Promise<SessionModel> {
  const [patientId, doctorId] = await Promise.all([
    user.role === 'PATIENT' ? ctx.em.findOne(Patient, { userId: user.id }).then((p) => p?.id ?? null) : null,
    user.role === 'DOCTOR' ? doctorIdOf(ctx, user.id) : null,
  ]);
  const accessToken = signAccessToken({ userId: user.id, roles: [user.role], patientId, doctorId }, currentSigningKey(identityEnv()));
  const refresh = issueRefreshToken(ctx.em, user.id, familyId);
  await ctx.em.flush();
  return {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000),
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    userId: user.id,
    role: user.role,
  };
}

async function doctorIdOf(ctx: Context, userId: string): Promise<string | null> {
  try {
    const data = await ctx.services.request<{ doctorIdForUser: string | null }>('provider', {
      query: DOCTOR_ID_FOR_USER,
      variables: { userId },
      correlationId: ctx.correlationId,
    });
    return data.doctorIdForUser;
  } catch (error) {
    // Without the claim a doctor sees nobody's records; better a clear failure than a useless session.
    ctx.logger.error({ err: error }, 'could not look up the doctor record of a signing-in doctor');
    if (error instanceof ServiceCallError) throw new Error('Doctor sign-in is unavailable right now');
    throw error;
  }
}
