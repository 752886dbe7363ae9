import { EntitySchema } from '@mikro-orm/core';

/**
 * A partner's API key; the secret is stored as a SHA-256 hash (it is 256
 * random bits, so no slow hash is needed). A key acts as its own PARTNER
 * principal: the access tokens it is exchanged for carry `sub` = the key's id.
 */
export class ApiKey {
  id!: string;
  name!: string;
  prefix!: string;
  secretHash!: string;
  scopes: string[] = [];
  createdBy!: string;
  createdAt: Date = new Date();
  revokedAt: Date | null = null;
  lastUsedAt: Date | null = null;
  /** Requests per clock minute the gateway admits with this key. */
  quotaPerMinute: number = DEFAULT_API_KEY_QUOTA.perMinute;
  /** Requests per UTC day the gateway admits with this key. */
  quotaPerDay: number = DEFAULT_API_KEY_QUOTA.perDay;
}

/** A new key's quota when the admin names none. */
export const DEFAULT_API_KEY_QUOTA = { perMinute: 60, perDay: 10_000 } as const;

export const ApiKeySchema = new EntitySchema<ApiKey>({
  class: ApiKey,
  tableName: 'api_key',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 200 },
    prefix: { type: 'string', length: 16 },
    secretHash: { type: 'string', length: 64, unique: true },
    scopes: { type: 'string[]' },
    createdBy: { type: 'uuid' },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    revokedAt: { type: 'datetime', nullable: true },
    lastUsedAt: { type: 'datetime', nullable: true },
    quotaPerMinute: { type: 'integer' },
    quotaPerDay: { type: 'integer' },
  },
});
