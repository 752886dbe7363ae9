/**
 * Attempt limits per fixed window. Per account they stop guessing one
 * password or code; per IP they stop spraying many accounts from one place.
 * Failed attempts count for logins and codes (a user signing in often is not
 * an attack); every request counts for resets and registrations, which send email.
 */
export interface Limit {
  readonly name: string;
  readonly max: number;
  readonly windowSeconds: number;
}

export const LIMITS = {
  loginPerAccount: { name: 'login:account', max: 5, windowSeconds: 15 * 60 },
  loginPerIp: { name: 'login:ip', max: 50, windowSeconds: 15 * 60 },
  twoFactorPerAccount: { name: '2fa:account', max: 5, windowSeconds: 15 * 60 },
  twoFactorPerIp: { name: '2fa:ip', max: 50, windowSeconds: 15 * 60 },
  resetPerAccount: { name: 'reset:account', max: 3, windowSeconds: 60 * 60 },
  resetPerIp: { name: 'reset:ip', max: 20, windowSeconds: 60 * 60 },
  registerPerIp: { name: 'register:ip', max: 30, windowSeconds: 60 * 60 },
} as const satisfies Record<string, Limit>;
