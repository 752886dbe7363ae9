import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@telemed/auth/access-token';
import type { Caller } from '@telemed/auth/claims';
import { BadUserInputError, NotFoundError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { recordAccountEvent } from '../audit/audit-log';
import { identityEnv } from '../auth/identity-env';
import { hashToken, newOpaqueToken } from '../auth/opaque-token';
import { currentSigningKey } from '../auth/signing-keys';
import { ApiKey, DEFAULT_API_KEY_QUOTA } from './api-key.entity';

/** What partners may be granted; `@requiresScopes` in the subgraphs' SDL names them. */
export const PARTNER_SCOPES = ['doctors:read', 'clinics:read', 'stats:read'] as const;

/** Partner access tokens are short: the gateway re-exchanges the key every minute anyway. */
const PARTNER_TOKEN_TTL_SECONDS = 5 * 60;

/** Bounds of a key's quota: a typo should not hand a partner the whole platform. */
export const API_KEY_QUOTA_BOUNDS = { perMinute: 10_000, perDay: 10_000_000 } as const;

export interface ApiKeyQuota {
  readonly perMinute: number;
  readonly perDay: number;
}

/** The quota an admin asked for, checked; the default when none. */
export function checkedQuota(quota: ApiKeyQuota | null | undefined): ApiKeyQuota {
  if (!quota) return DEFAULT_API_KEY_QUOTA;
  const { perMinute, perDay } = quota;
  if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > API_KEY_QUOTA_BOUNDS.perMinute) {
    throw new BadUserInputError(`perMinute must be 1 to ${API_KEY_QUOTA_BOUNDS.perMinute}`, ['quota', 'perMinute']);
  }
  if (!Number.isInteger(perDay) || perDay < perMinute || perDay > API_KEY_QUOTA_BOUNDS.perDay) {
    throw new BadUserInputError(`perDay must be at least perMinute and at most ${API_KEY_QUOTA_BOUNDS.perDay}`, ['quota', 'perDay']);
  }
  return { perMinute, perDay };
}

export async function createApiKey(ctx: Context, admin: Caller, name: string, scopes: readonly string[], quota?: ApiKeyQuota | null) {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200) throw new BadUserInputError('Name must be 1 to 200 characters', ['name']);
  const unknown = scopes.filter((scope) => !(PARTNER_SCOPES as readonly string[]).includes(scope));
  if (unknown.length || !scopes.length) {
    throw new BadUserInputError(`Scopes must be among ${PARTNER_SCOPES.join(', ')}`, ['scopes']);
  }
  const { perMinute, perDay } = checkedQuota(quota);
  const secret = newOpaqueToken('tk');
  const apiKey = Object.assign(new ApiKey(), {
    id: randomUUID(),
    name: trimmed,
    prefix: secret.slice(0, 10),
    secretHash: hashToken(secret),
    scopes: [...new Set(scopes)],
    createdBy: admin.userId,
    createdAt: new Date(),
    revokedAt: null,
    lastUsedAt: null,
    quotaPerMinute: perMinute,
    quotaPerDay: perDay,
  });
  ctx.em.persist(apiKey);
  recordAccountEvent(ctx.em, { action: 'API_KEY_CREATED', actor: admin, entityType: 'ApiKey', entityIds: [apiKey.id], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return { apiKey, secret };
}

export async function revokeApiKey(ctx: Context, admin: Caller, id: string): Promise<ApiKey> {
  const apiKey = await ctx.em.findOne(ApiKey, { id });
  if (!apiKey) throw new NotFoundError('ApiKey', id);
  apiKey.revokedAt ??= new Date();
  recordAccountEvent(ctx.em, { action: 'API_KEY_REVOKED', actor: admin, entityType: 'ApiKey', entityIds: [id], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return apiKey;
}

/** A key's quota as GraphQL shows it. */
export function quotaOf(apiKey: ApiKey): ApiKeyQuota {
  return { perMinute: apiKey.quotaPerMinute, perDay: apiKey.quotaPerDay };
}

/** A PARTNER access token (`sub` = the key's id, its scopes) and the key's quota, for a live key; else null. */
export async function exchangeApiKey(ctx: Context, key: string): Promise<{ accessToken: string; expiresAt: Date; quota: ApiKeyQuota } | null> {
  const apiKey = await ctx.em.findOne(ApiKey, { secretHash: hashToken(key), revokedAt: null });
  if (!apiKey) return null;
  // Roughly, not per request: the gateway caches exchanges for a minute.
  apiKey.lastUsedAt = new Date();
  await ctx.em.flush();
  const accessToken = signAccessToken({ userId: apiKey.id, roles: ['PARTNER'], scopes: apiKey.scopes }, currentSigningKey(identityEnv()), PARTNER_TOKEN_TTL_SECONDS);
  return { accessToken, expiresAt: new Date(Date.now() + PARTNER_TOKEN_TTL_SECONDS * 1000), quota: quotaOf(apiKey) };
}
