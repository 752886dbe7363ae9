/**
 * Sessions through the real gateway (decision 33): refresh retries and reuse,
 * the current password before account changes, what a password reset ends,
 * and access tokens through an identity outage. Requests that count against
 * per-IP limits come from their own loopback addresses (127.0.2.N).
 */
import { generateKeyPairSync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { signAccessToken } from '@telemed/auth/access-token';
import { signingKeyFromPem } from '@telemed/auth/signing-key';
import { accessToken, as } from './auth';
import { gql, lastMailTo, SESSION_FIELDS, tokenIn, uniqueEmail, type SessionBody } from './accounts';
import { gqlFrom, loginFrom, outcome, tally, verifiedAccount } from './client-address';
import { graphql, gatewayUrl, killService, restartService } from './stack';

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
// REFRESH_RETRY_GRACE_SECONDS: the default, which a busy test machine stays well inside between an answer and its retry.
const GRACE_SECONDS = 10;

async function signIn(address: string, tag: string): Promise<{ email: string; password: string; session: SessionBody }> {
  const account = await verifiedAccount(address, tag);
  const session = (await loginFrom(address, account.email, account.password)).body.data!.login.session!;
  return { ...account, session };
}

const refresh = (token: string) => gql<{ refreshSession: SessionBody }>(REFRESH, { t: token });

describe('refresh rotation', () => {
  it('answers a retry of the same refresh token within the grace window with the same new pair, and the family lives on', async () => {
    const { session } = await signIn('127.0.2.1', 'refresh-retry');
    const first = await refresh(session.refreshToken);
    const retry = await refresh(session.refreshToken);
    expect(first.body.errors).toBeUndefined();
    expect(retry.body.data?.refreshSession).toEqual(first.body.data?.refreshSession);
    const next = await refresh(first.body.data!.refreshSession.refreshToken);
    expect(next.body.errors).toBeUndefined();
    expect((await gql('{ me { id } }', undefined, next.body.data!.refreshSession.accessToken)).body.errors).toBeUndefined();
  });

  it('gives 20 concurrent refreshes of one token one and the same new pair', async () => {
    const { session } = await signIn('127.0.2.2', 'refresh-concurrent');
    const answers = await Promise.all(Array.from({ length: 20 }, () => refresh(session.refreshToken)));
    const pairs = new Set(answers.map((a) => JSON.stringify(a.body.data?.refreshSession ?? a.body.errors)));
    expect(pairs.size).toBe(1);
    const pair = answers[0]!.body.data!.refreshSession;
    expect(pair.refreshToken).not.toBe(session.refreshToken);
    expect((await refresh(pair.refreshToken)).body.errors).toBeUndefined();
  });

  it('still revokes the family when a used token comes back after the grace window', async () => {
    const { session } = await signIn('127.0.2.3', 'refresh-late');
    const next = (await refresh(session.refreshToken)).body.data!.refreshSession;
    await sleep((GRACE_SECONDS + 1) * 1000);
    const late = await refresh(session.refreshToken);
    expect(outcome(late.body)).toBe('UNAUTHENTICATED');
    expect(late.body.errors?.[0]?.message).toContain('already used');
    expect(outcome((await refresh(next.refreshToken)).body)).toBe('UNAUTHENTICATED');
  }, 60_000);

  it('revokes the family when a used token comes back, within the window, after its successor was used', async () => {
    const { session } = await signIn('127.0.2.4', 'refresh-stolen');
    const next = (await refresh(session.refreshToken)).body.data!.refreshSession;
    const after = (await refresh(next.refreshToken)).body.data!.refreshSession;
    // The owner has moved on: this copy is someone else's.
    expect(outcome((await refresh(session.refreshToken)).body)).toBe('UNAUTHENTICATED');
    expect(outcome((await refresh(after.refreshToken)).body)).toBe('UNAUTHENTICATED');
  });
});

describe('changes that need the current password', () => {
  it('refuses two-factor enrolment with a stolen access token alone, and counts the guesses like sign-ins', async () => {
    const address = '127.0.2.10';
    const { session, password } = await signIn(address, 'reauth-2fa');
    const BEGIN = 'mutation($p: String!) { beginTwoFactorEnrolment(currentPassword: $p) { secret } }';
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => gqlFrom(address, BEGIN, { p: `guess ${i}` }, session.accessToken)));
    const counts = tally(answers.map((a) => a.body));
    expect(counts.BAD_USER_INPUT ?? 0).toBeLessThanOrEqual(5);
    expect((counts.BAD_USER_INPUT ?? 0) + (counts.TOO_MANY_REQUESTS ?? 0)).toBe(30);
    expect(answers.find((a) => outcome(a.body) === 'BAD_USER_INPUT')?.body.errors?.[0]?.extensions).toMatchObject({ field: 'currentPassword' });
    // From another place, with the password, it works.
    const begun = await gqlFrom<{ beginTwoFactorEnrolment: { secret: string } }>('127.0.2.11', BEGIN, { p: password }, session.accessToken);
    expect(begun.body.data?.beginTwoFactorEnrolment.secret).toEqual(expect.any(String));
  });

  it('changes the password only with the current one, and ends every other session', async () => {
    const address = '127.0.2.12';
    const { email, password, session } = await signIn(address, 'change-password');
    const other = (await loginFrom(address, email, password)).body.data!.login.session!;
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ${SESSION_FIELDS} } }`;
    const wrong = await gqlFrom(address, CHANGE, { c: 'not my password', n: 'a new passphrase 1' }, session.accessToken);
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await gqlFrom(address, CHANGE, { c: password, n: 'short' }, session.accessToken);
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await gqlFrom<{ changePassword: SessionBody }>(address, CHANGE, { c: password, n: 'a new passphrase 1' }, session.accessToken);
    expect(changed.body.errors).toBeUndefined();
    expect(outcome((await refresh(session.refreshToken)).body)).toBe('UNAUTHENTICATED');
    expect(outcome((await refresh(other.refreshToken)).body)).toBe('UNAUTHENTICATED');
    expect((await refresh(changed.body.data!.changePassword.refreshToken)).body.errors).toBeUndefined();
    expect(outcome((await loginFrom(address, email, password)).body)).toBe('UNAUTHENTICATED');
    expect((await loginFrom(address, email, 'a new passphrase 1')).body.data?.login.session).toBeTruthy();
    expect((await lastMailTo(email)).subject).toBe('Your password was changed');
  });

  it('moves the account to a new email only with the current password and once the new address is confirmed', async () => {
    const address = '127.0.2.13';
    const { email, password, session } = await signIn(address, 'change-email');
    const newEmail = uniqueEmail('moved');
    const CHANGE = 'mutation($c: String!, $e: String!) { changeEmail(currentPassword: $c, newEmail: $e) }';
    const wrong = await gqlFrom(address, CHANGE, { c: 'not my password', e: newEmail }, session.accessToken);
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await gqlFrom(address, CHANGE, { c: password, e: newEmail }, session.accessToken)).body).toEqual({ data: { changeEmail: true } });
    expect((await lastMailTo(email)).subject).toBe('Your sign-in email is being changed');
    // Not moved yet.
    expect(outcome((await loginFrom(address, newEmail, password)).body)).toBe('UNAUTHENTICATED');
    const token = tokenIn(await lastMailTo(newEmail), 'Email change');
    const CONFIRM = 'mutation($t: String!) { confirmEmailChange(token: $t) }';
    expect((await gql(CONFIRM, { t: token })).body).toEqual({ data: { confirmEmailChange: true } });
    expect((await gql(CONFIRM, { t: token })).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await loginFrom(address, newEmail, password)).body.data?.login.session).toBeTruthy();
    expect(outcome((await loginFrom(address, email, password)).body)).toBe('UNAUTHENTICATED');
  });

  it('answers a change to a taken email like any other, and the taken address only gets a notice', async () => {
    const address = '127.0.2.14';
    const { password, session } = await signIn(address, 'change-email-taken');
    const owner = await verifiedAccount(address, 'owner');
    const answer = await gqlFrom(address, 'mutation($c: String!, $e: String!) { changeEmail(currentPassword: $c, newEmail: $e) }', { c: password, e: owner.email }, session.accessToken);
    expect(answer.body).toEqual({ data: { changeEmail: true } });
    const notice = await lastMailTo(owner.email);
    expect(notice.subject).toBe('Someone tried to move an account to your email');
    expect(notice.body).not.toContain('token');
  });
});

describe('a password reset', () => {
  it('voids every older reset link and every session', async () => {
    const address = '127.0.2.20';
    const { email, password, session } = await signIn(address, 'reset-all');
    const other = (await loginFrom(address, email, password)).body.data!.login.session!;
    const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    await gqlFrom(address, REQUEST, { e: email });
    const older = tokenIn(await lastMailTo(email), 'Reset');
    await gqlFrom(address, REQUEST, { e: email });
    const newer = tokenIn(await lastMailTo(email), 'Reset');
    expect(newer).not.toBe(older);
    const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
    expect((await gql(RESET, { t: newer, p: 'reset passphrase 1' })).body).toEqual({ data: { resetPassword: true } });
    // Whoever holds the older mail cannot reset it again.
    expect((await gql(RESET, { t: older, p: 'attacker passphrase' })).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(outcome((await refresh(session.refreshToken)).body)).toBe('UNAUTHENTICATED');
    expect(outcome((await refresh(other.refreshToken)).body)).toBe('UNAUTHENTICATED');
    expect((await loginFrom(address, email, 'reset passphrase 1')).body.data?.login.session).toBeTruthy();
  });
});

describe('access tokens through an identity outage', () => {
  // JWKS_CACHE_SECONDS of the test stack is 2: past that, every verifier's key set is stale.
  afterAll(() => restartService('identity'), 180_000);

  it('keeps serving valid tokens with the keys fetched before, and still refuses unknown ones', async () => {
    const query = '{ appointments(first: 1) { id } }';
    expect((await gql(query, undefined, accessToken(as.patient(0)))).body.errors).toBeUndefined();
    await killService('identity');
    await sleep(3_000);
    // A token no verifier has seen (so no cache of verified tokens helps): the gateway and the appointment subgraph both need the key.
    const fresh = await gql(query, undefined, accessToken(as.patient(0)));
    expect(fresh.status).toBe(200);
    expect(fresh.body.errors).toBeUndefined();
    const later = await gql(query, undefined, accessToken(as.patient(1)));
    expect(later.body.errors).toBeUndefined();
    // A token whose key nobody published is still refused, outage or not.
    const forged = await graphql(gatewayUrl(), query, undefined, { authorization: `Bearer ${forgedToken()}` });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }, 60_000);
});

function forgedToken(): string {
  // A well-formed RS256 token under a kid identity never published.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return signAccessToken(as.patient(0), signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()));
}
