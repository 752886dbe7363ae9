import { totpCode, timeStep } from '../subgraphs/identity/src/two-factor/totp';
import { gql, lastMailTo, login, SESSION_FIELDS, tokenIn, uniqueEmail, type SessionBody } from './accounts';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accepted } }';
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;

describe('an account from registration to sign-out', () => {
  const email = uniqueEmail('journey');
  const password = 'correct horse battery';
  let secret = '';
  let recoveryCodes: string[] = [];

  it('registers, verifies the email from the dev mailbox and signs in', async () => {
    const registered = await gql<{ register: { accepted: boolean } }>(REGISTER, { input: { email, password, name: 'Journey Tester', dateOfBirth: '1990-04-01' } });
    expect(registered.body).toEqual({ data: { register: { accepted: true } } });

    const beforeVerifying = await login(email, password);
    expect(beforeVerifying.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const mail = await lastMailTo(email);
    expect(mail.subject).toBe('Verify your email address');
    const verified = await gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: tokenIn(mail, 'Verification') });
    expect(verified.body).toEqual({ data: { verifyEmail: true } });
    const again = await gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: tokenIn(mail, 'Verification') });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const { body } = await login(email, password);
    const session = body.data!.login.session!;
    expect(session.role).toBe('PATIENT');
    const me = await gql<{ me: { email: string; emailVerified: boolean; patient: { name: string } } }>(
      '{ me { email emailVerified patient { name appointments { id } } } }', undefined, session.accessToken);
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data!.me).toMatchObject({ email, emailVerified: true, patient: { name: 'Journey Tester' } });
  });

  it('enrols TOTP two-factor authentication', async () => {
    const { accessToken } = (await login(email, password)).body.data!.login.session!;
    const begun = await gql<{ beginTwoFactorEnrolment: { secret: string; otpauthUri: string } }>(
      'mutation($p: String!) { beginTwoFactorEnrolment(currentPassword: $p) { secret otpauthUri } }', { p: password }, accessToken);
    secret = begun.body.data!.beginTwoFactorEnrolment.secret;
    expect(begun.body.data!.beginTwoFactorEnrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const wrong = await gql('mutation { confirmTwoFactorEnrolment(code: "000000") { codes } }', undefined, accessToken);
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const confirmed = await gql<{ confirmTwoFactorEnrolment: { codes: string[] } }>(
      'mutation($c: String!) { confirmTwoFactorEnrolment(code: $c) { codes } }', { c: totpCode(secret, timeStep()) }, accessToken);
    recoveryCodes = confirmed.body.data!.confirmTwoFactorEnrolment.codes;
    expect(recoveryCodes).toHaveLength(10);
  });

  let session: SessionBody;

  it('signs in with a password, then a TOTP code', async () => {
    const first = await login(email, password);
    expect(first.body.data!.login.session).toBeNull();
    const challenge = first.body.data!.login.twoFactorChallenge!.challengeToken;
    const bad = await gql('mutation($t: String!) { verifyTwoFactor(challengeToken: $t, code: "123456") { userId } }', { t: challenge });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The enrolment used the current step; the next one is still within the accepted drift.
    const code = totpCode(secret, timeStep() + 1);
    const second = await gql<{ verifyTwoFactor: SessionBody }>(
      `mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { ${SESSION_FIELDS} } }`, { t: challenge, c: code });
    expect(second.body.errors).toBeUndefined();
    session = second.body.data!.verifyTwoFactor;
    const replay = await gql('mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { userId } }', { t: challenge, c: code });
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs in with a recovery code instead, once', async () => {
    const challenge = (await login(email, password)).body.data!.login.twoFactorChallenge!.challengeToken;
    const used = await gql<{ verifyTwoFactor: SessionBody }>(
      'mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { userId } }', { t: challenge, c: recoveryCodes[0] });
    expect(used.body.errors).toBeUndefined();
    const next = (await login(email, password)).body.data!.login.twoFactorChallenge!.challengeToken;
    const reused = await gql('mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { userId } }', { t: next, c: recoveryCodes[0] });
    expect(reused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refreshes, and a reused refresh token ends the whole session family', async () => {
    const refreshed = await gql<{ refreshSession: SessionBody }>(REFRESH, { t: session.refreshToken });
    expect(refreshed.body.errors).toBeUndefined();
    const next = refreshed.body.data!.refreshSession;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect((await gql('{ me { email } }', undefined, next.accessToken)).body.errors).toBeUndefined();

    // The holder moves on with the new token; the old one presented again is a copy in someone else's hands.
    const after = (await gql<{ refreshSession: SessionBody }>(REFRESH, { t: next.refreshToken })).body.data!.refreshSession;
    const reused = await gql(REFRESH, { t: session.refreshToken });
    expect(reused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(reused.body.errors?.[0]?.message).toContain('already used');
    // The legitimate holder's newer token died with its family.
    const revoked = await gql(REFRESH, { t: after.refreshToken });
    expect(revoked.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the refresh token no longer works', async () => {
    const challenge = (await login(email, password)).body.data!.login.twoFactorChallenge!.challengeToken;
    const fresh = (await gql<{ verifyTwoFactor: SessionBody }>(
      `mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { ${SESSION_FIELDS} } }`, { t: challenge, c: recoveryCodes[1] })).body.data!.verifyTwoFactor;
    const out = await gql('mutation($t: String!) { logout(refreshToken: $t) }', { t: fresh.refreshToken }, fresh.accessToken);
    expect(out.body).toEqual({ data: { logout: true } });
    expect((await gql(REFRESH, { t: fresh.refreshToken })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resets a forgotten password and signs out every session', async () => {
    expect((await gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email })).body).toEqual({ data: { requestPasswordReset: true } });
    const token = tokenIn(await lastMailTo(email), 'Reset');
    const weak = await gql('mutation($t: String!) { resetPassword(token: $t, newPassword: "short") }', { t: token });
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const reset = await gql('mutation($t: String!) { resetPassword(token: $t, newPassword: "a brand new passphrase") }', { t: token });
    expect(reset.body).toEqual({ data: { resetPassword: true } });
    expect((await login(email, password)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(email, 'a brand new passphrase')).body.data!.login.twoFactorChallenge).not.toBeNull();
  });

  it('answers a registration of a taken email exactly like a new one', async () => {
    const again = await gql(REGISTER, { input: { email, password, name: 'Someone Else' } });
    expect(again.body).toEqual({ data: { register: { accepted: true } } });
    expect((await lastMailTo(email)).subject).toBe('Someone tried to register with your email');
  });

  it('answers bad input with BAD_USER_INPUT naming the field', async () => {
    const { body } = await gql(REGISTER, { input: { email: 'not-an-email', password, name: 'X' } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });
});
