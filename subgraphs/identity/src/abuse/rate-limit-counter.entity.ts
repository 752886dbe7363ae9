import { EntitySchema } from '@mikro-orm/core';

/** Attempts in one fixed window for one bucket (`login:account:<hash>`, `login:ip:<ip>`, ...). */
export class RateLimitCounter {
  bucket!: string;
  windowStart!: Date;
  hits = 0;
}

export const RateLimitCounterSchema = new EntitySchema<RateLimitCounter>({
  class: RateLimitCounter,
  tableName: 'rate_limit_counter',
  properties: {
    bucket: { type: 'string', length: 200, primary: true },
    windowStart: { type: 'datetime', primary: true },
    hits: { type: 'integer' },
  },
});
