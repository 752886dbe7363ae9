import { DEMO_API_KEY } from '@telemed/demo-data/demo-logins';
import { as, bearer } from './auth';
import { demo } from './clinical';
import { graphqlById, persistedOperation } from './persisted';
import { gatewayUrl, graphql } from './stack';

/**
 * A partner key reads only what its scopes name (docs/security.md#partner-scopes),
 * and a doctor's revenue is that doctor's and admins' alone.
 */
describe('partner scopes', () => {
  const admin = bearer(as.admin);
  const op = (name: string) => persistedOperation('partners', name).id;

  async function keyWith(...scopes: string[]): Promise<string> {
    const { body } = await graphql<{ createApiKey: { secret: string } }>(
      gatewayUrl(),
      'mutation($scopes: [String!]!) { createApiKey(name: "Scoped partner", scopes: $scopes) { secret } }',
      { scopes },
      admin,
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.createApiKey.secret;
  }

  let statsOnly: string;
  let doctorsOnly: string;
  let clinicsOnly: string;
  beforeAll(async () => {
    [statsOnly, doctorsOnly, clinicsOnly] = await Promise.all([keyWith('stats:read'), keyWith('doctors:read'), keyWith('clinics:read')]);
  });

  const run = (name: string, key: string, variables: Record<string, unknown> = { first: 2 }) =>
    graphqlById<Record<string, unknown>>(gatewayUrl(), op(name), { variables, headers: { 'x-api-key': key } });

  it('refuses the doctor directory to a key without doctors:read', async () => {
    for (const name of ['PartnerDoctorSearch', 'PartnerDoctorStats']) {
      const { body } = await run(name, clinicsOnly);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const allowed = await run('PartnerDoctorSearch', doctorsOnly);
    expect(allowed.body.errors).toBeUndefined();
  });

  it('refuses clinics to a key without clinics:read', async () => {
    const refused = await run('PartnerClinics', doctorsOnly, {});
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const allowed = await run('PartnerClinics', clinicsOnly, {});
    expect(allowed.body.errors).toBeUndefined();
    expect((allowed.body.data as { clinics: unknown[] }).clinics.length).toBeGreaterThan(0);
  });

  it('refuses Doctor.stats to a key without stats:read, field by field', async () => {
    const { body } = await run('PartnerDoctorStats', doctorsOnly);
    const doctors = (body.data as { doctors: { stats: unknown }[] }).doctors;
    expect(doctors.length).toBe(2);
    expect(doctors.every((d) => d.stats === null)).toBe(true);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    // stats:read alone does not open the directory that carries the stats.
    expect((await run('PartnerDoctorStats', statsOnly)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the public directory public: anonymous callers and the demo key with every scope', async () => {
    expect((await graphql(gatewayUrl(), '{ clinics { name } doctors(first: 1) { name } }')).body.errors).toBeUndefined();
    const { body } = await run('PartnerDoctorStats', DEMO_API_KEY);
    expect(body.errors).toBeUndefined();
  });

  describe('revenue', () => {
    const REVENUE = 'query($id: ID!) { doctor(id: $id) { stats { totalAppointments revenueCents } } }';
    const [me, other] = demo.doctors;
    const asDoctor = bearer({ userId: me!.userId, roles: ['DOCTOR'], doctorId: me!.id });

    it('is shown to the doctor themself and to admins', async () => {
      const own = await graphql<{ doctor: { stats: { revenueCents: number | null } } }>(gatewayUrl(), REVENUE, { id: me!.id }, asDoctor);
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data!.doctor.stats.revenueCents).toEqual(expect.any(Number));
      const byAdmin = await graphql<{ doctor: { stats: { revenueCents: number | null } } }>(gatewayUrl(), REVENUE, { id: other!.id }, admin);
      expect(byAdmin.body.errors).toBeUndefined();
      expect(byAdmin.body.data!.doctor.stats.revenueCents).toBeGreaterThan(0);
    });

    it('is refused to another doctor (null with FORBIDDEN), the counts still answered', async () => {
      const { body } = await graphql<{ doctor: { stats: { totalAppointments: number; revenueCents: number | null } } }>(gatewayUrl(), REVENUE, { id: other!.id }, asDoctor);
      expect(body.data!.doctor.stats).toEqual({ totalAppointments: expect.any(Number), revenueCents: null });
      expect(body.errors).toEqual([expect.objectContaining({ path: ['doctor', 'stats', 'revenueCents'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    });
  });
});
