import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { DEMO_PASSWORDS } from '@telemed/demo-data/demo-logins';
import { gql, login, uniqueEmail } from './accounts';

describe('brute force on login', () => {
  const demo = buildDemoDataset();
  // A demo account nobody else signs in with during the tests.
  const victim = demo.patients[11]!.email;

  it('answers an unknown email exactly like a wrong password', async () => {
    const unknown = await login(uniqueEmail('nobody'), 'some wrong password');
    const wrong = await login(demo.patients[10]!.email, 'some wrong password');
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('throttles an account from one place after 5 failures, even with the right password, and says when to retry', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login(victim, `wrong password ${i}`)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // From this IP; other places are not locked out (test/sign-in-abuse.test.ts).
    const blocked = await login(victim, DEMO_PASSWORDS.PATIENT);
    expect(blocked.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(blocked.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('throttles unknown emails the same way, so throttling reveals nothing either', async () => {
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 5; i++) await login(ghost, `wrong password ${i}`);
    expect((await login(ghost, 'another guess')).body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('throttles password reset requests per account', async () => {
    const email = uniqueEmail('reset');
    for (let i = 0; i < 3; i++) expect((await gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email })).body.errors).toBeUndefined();
    const blocked = await gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('lets the demo logins of every role in', async () => {
    for (const [email, password, role] of [
      [demo.patients[0]!.email, DEMO_PASSWORDS.PATIENT, 'PATIENT'],
      [demo.doctors[0]!.email, DEMO_PASSWORDS.DOCTOR, 'DOCTOR'],
      [demo.admin.email, DEMO_PASSWORDS.ADMIN, 'ADMIN'],
      ['partner@telemed.example', DEMO_PASSWORDS.PARTNER, 'PARTNER'],
    ]) {
      const { body } = await login(email!, password!);
      expect({ email, role: body.data?.login.session?.role }).toEqual({ email, role });
    }
  });

  it('gives a signed-in doctor their own appointments (identity asked provider for the doctor id)', async () => {
    const session = (await login(demo.doctors[0]!.email, DEMO_PASSWORDS.DOCTOR)).body.data!.login.session!;
    const { body } = await gql<{ appointments: { doctor: { id: string } }[] }>('{ appointments(first: 100) { doctor { id } } }', undefined, session.accessToken);
    expect(body.errors).toBeUndefined();
    expect(body.data!.appointments.length).toBeGreaterThan(0);
    expect(new Set(body.data!.appointments.map((a) => a.doctor.id))).toEqual(new Set([demo.doctors[0]!.id]));
  });
});
