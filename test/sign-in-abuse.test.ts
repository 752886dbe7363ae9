/**
 * Guessing passwords and codes through the real gateway (decision 33): the
 * limits hold under concurrency, strangers cannot lock the owner out, and an
 * unknown email costs what a known one costs. Requests come from their own
 * loopback addresses (127.0.1.N), so each case has its own per-IP counters.
 */
import { totpCode, timeStep } from '../subgraphs/identity/src/two-factor/totp';
import { SESSION_FIELDS, uniqueEmail, type SessionBody } from './accounts';
import { gqlFrom, loginFrom, outcome, tally, verifiedAccount } from './client-address';

const VERIFY = `mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { ${SESSION_FIELDS} } }`;

describe('concurrent password guessing', () => {
  it('answers at most the limit of 100 parallel wrong passwords, refuses the rest before any argon2 work, and keeps the attacking IP out even with the right password', async () => {
    const victim = await verifiedAccount('127.0.1.1', 'parallel');
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => loginFrom('127.0.1.2', victim.email, `wrong guess ${i}`)));
    const counts = tally(answers.map((a) => a.body));
    expect(counts.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(5);
    expect((counts.UNAUTHENTICATED ?? 0) + (counts.TOO_MANY_REQUESTS ?? 0)).toBe(100);
    const limited = answers.find((a) => outcome(a.body) === 'TOO_MANY_REQUESTS')!;
    expect(limited.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcome((await loginFrom('127.0.1.2', victim.email, victim.password)).body)).toBe('TOO_MANY_REQUESTS');
    // The owner, elsewhere, is not locked out by it.
    expect((await loginFrom('127.0.1.3', victim.email, victim.password)).body.data?.login.session?.accessToken).toEqual(expect.any(String));
  });
});

describe('a distributed attack on one account', () => {
  it('bounds the guesses of many strangers together, while the owner signs in from a place they signed in from before', async () => {
    const victim = await verifiedAccount('127.0.1.10', 'distributed');
    const home = '127.0.1.11';
    expect((await loginFrom(home, victim.email, victim.password)).body.data?.login.session).toBeTruthy();

    // 40 addresses, one guess each: the strangers' allowance for the account (20 per 15 minutes) runs out.
    const strangers = Array.from({ length: 40 }, (_, i) => `127.0.1.${100 + i}`);
    const answers = await Promise.all(strangers.map((address, i) => loginFrom(address, victim.email, `distributed guess ${i}`)));
    const counts = tally(answers.map((a) => a.body));
    expect(counts.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(20);
    expect(counts.TOO_MANY_REQUESTS ?? 0).toBeGreaterThanOrEqual(20);

    // A new place, even with the right password, is held back now: that is the bound on guessing.
    expect(outcome((await loginFrom('127.0.1.12', victim.email, victim.password)).body)).toBe('TOO_MANY_REQUESTS');
    // The owner at home is not.
    const session = (await loginFrom(home, victim.email, victim.password)).body.data?.login.session;
    expect(session?.accessToken).toEqual(expect.any(String));
  });

  it('holds an unknown email to the same limits, so throttling says nothing about who has an account', async () => {
    const ghost = uniqueEmail('ghost-parallel');
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => loginFrom('127.0.1.20', ghost, `wrong guess ${i}`)));
    const counts = tally(answers.map((a) => a.body));
    expect(counts).toEqual({ UNAUTHENTICATED: 5, TOO_MANY_REQUESTS: 25 });
  });
});

describe('unknown and known emails cost the same', () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

  it('answers both alike, after comparable argon2 work (medians of 7 alternating tries within a factor of 3)', async () => {
    const known = await verifiedAccount('127.0.1.30', 'timing');
    const unknownTimes: number[] = [];
    const knownTimes: number[] = [];
    let unknownBody: unknown;
    let knownBody: unknown;
    for (let i = 0; i < 7; i++) {
      // A fresh address per pair, so no per-(account, IP) limit interferes.
      const address = `127.0.1.${40 + i}`;
      let started = performance.now();
      unknownBody = (await loginFrom(address, uniqueEmail('nobody'), 'a wrong password')).body;
      unknownTimes.push(performance.now() - started);
      started = performance.now();
      knownBody = (await loginFrom(address, known.email, 'a wrong password')).body;
      knownTimes.push(performance.now() - started);
    }
    expect(unknownBody).toEqual(knownBody);
    expect(outcome(unknownBody as { errors?: [] })).toBe('UNAUTHENTICATED');
    const ratio = median(unknownTimes) / median(knownTimes);
    // A skipped argon2 verification makes the unknown path an order of magnitude faster; noise on a busy machine stays inside this.
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });
});

describe('concurrent two-factor guessing', () => {
  let account: { email: string; password: string };
  let recoveryCodes: string[] = [];
  const address = '127.0.1.50';

  const challenge = async () => {
    const { body } = await loginFrom(address, account.email, account.password);
    const token = body.data?.login.twoFactorChallenge?.challengeToken;
    if (!token) throw new Error(`no challenge: ${JSON.stringify(body)}`);
    return token;
  };

  beforeAll(async () => {
    account = await verifiedAccount(address, 'two-factor-abuse');
    const session = (await loginFrom(address, account.email, account.password)).body.data!.login.session!;
    const begun = await gqlFrom<{ beginTwoFactorEnrolment: { secret: string } }>(
      address,
      'mutation($p: String!) { beginTwoFactorEnrolment(currentPassword: $p) { secret } }',
      { p: account.password },
      session.accessToken,
    );
    const secret = begun.body.data!.beginTwoFactorEnrolment.secret;
    const confirmed = await gqlFrom<{ confirmTwoFactorEnrolment: { codes: string[] } }>(
      address,
      'mutation($c: String!) { confirmTwoFactorEnrolment(code: $c) { codes } }',
      { c: totpCode(secret, timeStep()) },
      session.accessToken,
    );
    recoveryCodes = confirmed.body.data!.confirmTwoFactorEnrolment.codes;
    expect(recoveryCodes).toHaveLength(10);
  });

  it('answers at most 3 of 100 parallel wrong codes "invalid", refuses the rest, and the challenge dies', async () => {
    const token = await challenge();
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => gqlFrom(address, VERIFY, { t: token, c: String(100000 + i) })));
    const counts = tally(answers.map((a) => a.body));
    // Codes actually checked answer "not valid"; the rest are refused unchecked: TOO_MANY_REQUESTS while the
    // challenge lives, "sign in again" once the third wrong code has ended it (which of the two is a matter of timing).
    expect(checkedCodes(answers)).toBeLessThanOrEqual(3);
    expect((counts.UNAUTHENTICATED ?? 0) + (counts.TOO_MANY_REQUESTS ?? 0)).toBe(100);
    // Even the right code cannot revive it: sign in again.
    const late = await gqlFrom(address, VERIFY, { t: token, c: recoveryCodes[0] });
    expect(outcome(late.body)).toBe('UNAUTHENTICATED');
    expect(late.body.errors?.[0]?.message).toContain('sign in again');
  });

  it('lets the owner in with a new challenge, and holds the account to 5 wrong codes in all', async () => {
    const good = await gqlFrom<{ verifyTwoFactor: SessionBody }>(address, VERIFY, { t: await challenge(), c: recoveryCodes[1] });
    expect(good.body.data?.verifyTwoFactor.accessToken).toEqual(expect.any(String));
    // Two more challenges of 100 parallel guesses each: the account's window had 3 wrong codes, so at most 2 more are checked.
    const batches = await Promise.all(
      [await challenge(), await challenge()].map((token) =>
        Promise.all(Array.from({ length: 100 }, (_, i) => gqlFrom(address, VERIFY, { t: token, c: String(200000 + i) }))),
      ),
    );
    const counts = tally(batches.flat().map((a) => a.body));
    expect(checkedCodes(batches.flat())).toBeLessThanOrEqual(2);
    expect((counts.UNAUTHENTICATED ?? 0) + (counts.TOO_MANY_REQUESTS ?? 0)).toBe(200);
  });
});

/** Answers whose code was checked and found wrong (the only ones a guesser learns from). */
function checkedCodes(answers: readonly { body: { errors?: readonly { message?: string }[] } }[]): number {
  return answers.filter((a) => a.body.errors?.[0]?.message === 'The code is not valid').length;
}
