import jwt from 'jsonwebtoken';

export interface VerifiedTokensOptions {
  /** Tokens remembered at most; the least recently used go first. */
  readonly maxEntries?: number;
  /** How long a verification is trusted, however long the token lives: a key withdrawn from a JWKS stops counting within this. */
  readonly maxAgeMs?: number;
  readonly now?: () => number;
}

/**
 * Tokens that already verified, with what verifying them yielded, until the
 * token's `exp` or `maxAgeMs`, whichever comes first. RS256 verification is
 * a noticeable share of every request's CPU (the same caller's token arrives
 * at a subgraph once per fetch, the gateway's service token on every one),
 * and a verified token stays verified until it expires. Only successes are
 * remembered; values are frozen because requests share them.
 */
export class VerifiedTokens<T extends object> {
  private readonly entries = new Map<string, { readonly value: T; readonly until: number }>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: VerifiedTokensOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** What `token` verified to, if it did and is still within its time. */
  lookup(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (entry.until <= this.now()) return undefined;
    this.entries.set(token, entry);
    return entry.value;
  }

  /** Remembers a token that just verified; one without `exp` is never remembered. */
  remember(token: string, value: T): T {
    const exp = (jwt.decode(token) as { exp?: unknown } | null)?.exp;
    if (typeof exp !== 'number') return value;
    const until = Math.min(exp * 1000, this.now() + this.maxAgeMs);
    if (until <= this.now()) return value;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const frozen = Object.freeze(value);
    this.entries.set(token, { value: frozen, until });
    return frozen;
  }

  get size(): number {
    return this.entries.size;
  }
}
