import { effectiveStatus, offerExpiry } from './waitlist-status';

describe('waitlist offers', () => {
  const now = new Date('2026-11-30T09:00:00Z');

  it('reads a lapsed offer as EXPIRED before anything stores it', () => {
    expect(effectiveStatus({ status: 'OFFERED', offerExpiresAt: new Date('2026-11-30T09:00:01Z') }, now)).toBe('OFFERED');
    expect(effectiveStatus({ status: 'OFFERED', offerExpiresAt: now }, now)).toBe('EXPIRED');
    expect(effectiveStatus({ status: 'WAITING', offerExpiresAt: null }, now)).toBe('WAITING');
  });

  it('holds a slot for 15 minutes, never past its start', () => {
    expect(offerExpiry(now, new Date('2026-12-01T09:00:00Z')).toISOString()).toBe('2026-11-30T09:15:00.000Z');
    expect(offerExpiry(now, new Date('2026-11-30T09:10:00Z')).toISOString()).toBe('2026-11-30T09:10:00.000Z');
  });
});
