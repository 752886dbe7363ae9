import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, type AccessTokenSubject } from '@telemed/auth/access-token';
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
 * omitted) and flushes.
 */
export async function issueSession(ctx: Context, user: User, familyId?: string): Promise<SessionModel> {
  const { session } = mintSession(ctx.em, user, await sessionSubject(ctx, user), familyId);
  await ctx.em.flush();
  return session;
}

/**
 * The claims of `user`'s access tokens: role, and the record the subject acts
 * as: a patient's `Patient.id` from identity's own table; a doctor's
 * `Doctor.id`, which the provider subgraph owns, asked for through the service client.
 */
export async function sessionSubject(ctx: Context, user: User): Promise<AccessTokenSubject> {
  const [patientId, doctorId] = await Promise.all([
    user.role === 'PATIENT' ? ctx.em.findOne(Patient, { userId: user.id }).then((p) => p?.id ?? null) : null,
    user.role === 'DOCTOR' ? doctorIdOf(ctx, user.id) : null,
  ]);
  return { userId: user.id, roles: [user.role], patientId, doctorId };
}

/** Signs the access token and persists the refresh token in `em` (flushed by the caller, e.g. with a rotation). */
export function mintSession(em: EntityManager, user: User, subject: AccessTokenSubject, familyId?: string): { session: SessionModel; refreshTokenId: string } {
  const accessToken = signAccessToken(subject, currentSigningKey(identityEnv()));
  const refresh = issueRefreshToken(em, user.id, familyId);
  return { refreshTokenId: refresh.id, session: {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000),
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    userId: user.id,
    role: user.role,
  } };
}

/** A session as kept sealed for a retried refresh. */
export function sessionToJson(session: SessionModel): string {
  return JSON.stringify(session);
}

export function sessionFromJson(json: string): SessionModel {
  const raw = JSON.parse(json) as Omit<SessionModel, 'accessTokenExpiresAt' | 'refreshTokenExpiresAt'> & { accessTokenExpiresAt: string; refreshTokenExpiresAt: string };
  return { ...raw, accessTokenExpiresAt: new Date(raw.accessTokenExpiresAt), refreshTokenExpiresAt: new Date(raw.refreshTokenExpiresAt) };
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
