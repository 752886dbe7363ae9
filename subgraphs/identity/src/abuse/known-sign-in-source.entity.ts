import { EntitySchema } from '@mikro-orm/core';

/** A place (client IP) an account fully signed in from; see `known-sources.ts`. */
export class KnownSignInSource {
  /** SHA-256 of (email, IP); the table holds neither. */
  sourceKey!: string;
  lastSuccessAt!: Date;
}

export const KnownSignInSourceSchema = new EntitySchema<KnownSignInSource>({
  class: KnownSignInSource,
  tableName: 'known_sign_in_source',
  properties: {
    sourceKey: { type: 'string', length: 64, primary: true },
    lastSuccessAt: { type: 'datetime' },
  },
});
