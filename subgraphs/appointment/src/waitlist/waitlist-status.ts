import type { WaitlistEntry, WaitlistStatus } from './waitlist-entry.entity';

/** How long a freed slot is held for the first patient in line. */
export const OFFER_HOLD_MINUTES = 15;

/**
 * An entry's status at `now`: an offer lapses by the clock, not by a job, so
 * an OFFERED entry past its expiry reads as EXPIRED before any sweep has
 * stored it (`sweepExpiredOffers`).
 */
export function effectiveStatus(entry: Pick<WaitlistEntry, 'status' | 'offerExpiresAt'>, now: Date): WaitlistStatus {
  if (entry.status === 'OFFERED' && entry.offerExpiresAt && entry.offerExpiresAt <= now) return 'EXPIRED';
  return entry.status;
}

/** When a hold offered at `now` for a slot starting at `startsAt` lapses: after the hold time, and never after the slot begins. */
export function offerExpiry(now: Date, startsAt: Date): Date {
  return new Date(Math.min(now.getTime() + OFFER_HOLD_MINUTES * 60_000, startsAt.getTime()));
}
