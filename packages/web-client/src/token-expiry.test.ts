import type { Session } from './session';
import { REFRESH_MARGIN_MS, tokenDecision } from './token-expiry';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');

function session(accessInMs: number, refreshInMs: number): Session {
  return {
    accessToken: 'a',
    refreshToken: 'r',
    accessTokenExpiresAt: new Date(NOW + accessInMs).toISOString(),
    refreshTokenExpiresAt: new Date(NOW + refreshInMs).toISOString(),
    userId: 'u',
    role: 'DOCTOR',
  };
}

describe('tokenDecision', () => {
  it('uses an access token with more than the margin left', () => {
    expect(tokenDecision(session(REFRESH_MARGIN_MS + 1_000, 86_400_000), NOW)).toBe('use');
  });

  it('refreshes an access token inside the margin, before the gateway would refuse it', () => {
    expect(tokenDecision(session(REFRESH_MARGIN_MS - 1_000, 86_400_000), NOW)).toBe('refresh');
  });

  it('refreshes an expired access token while the refresh token lasts', () => {
    expect(tokenDecision(session(-5_000, 86_400_000), NOW)).toBe('refresh');
  });

  it('refreshes a token the gateway refused, however long it has left', () => {
    expect(tokenDecision(session(600_000, 86_400_000), NOW, { refused: true })).toBe('refresh');
  });

  it('signs out when both tokens have expired', () => {
    expect(tokenDecision(session(-5_000, -1_000), NOW)).toBe('sign-out');
  });
});
