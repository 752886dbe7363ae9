import type { Caller } from '@telemed/auth/claims';
import { createManifest } from '@telemed/persisted-queries/manifest';
import { decidePersistedQuery, type PersistedQueryRequest } from './persisted-query-policy';
import { createSafelist } from './persisted-query-safelist';

const apps = createManifest([{ name: 'MyAppointments', type: 'query', body: 'query MyAppointments { appointments { id } }' }]);
const partners = createManifest([{ name: 'PartnerClinics', type: 'query', body: 'query PartnerClinics { clinics { id } }' }]);
const safelist = createSafelist({ apps, partners });
const appId = apps.operations[0]!.id;
const partnerId = partners.operations[0]!.id;

const partner: Caller = { userId: 'k', roles: ['PARTNER'], patientId: null, doctorId: null, scopes: ['clinics:read'] };
const patient: Caller = { userId: 'p', roles: ['PATIENT'], patientId: 'p', doctorId: null, scopes: [] };

const byId = (id: unknown, query?: string): PersistedQueryRequest => ({
  ...(query !== undefined && { query }),
  extensions: { persistedQuery: { version: 1, sha256Hash: id } },
});
const decide = (request: PersistedQueryRequest, caller: Caller | null, requireIds = false) =>
  decidePersistedQuery(request, caller, { safelist, requireIds });

describe('persisted-query policy', () => {
  it('lets a partner run ids of the partner manifest only', () => {
    expect(decide(byId(partnerId), partner)).toEqual({ allowed: true, audience: 'partners', id: partnerId });
    expect(decide(byId(appId), partner)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(decide(byId('f'.repeat(64)), partner)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('refuses query text from a partner, with or without an id', () => {
    expect(decide({ query: '{ clinics { id } }' }, partner)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_REQUIRED' });
    expect(decide(byId(partnerId, 'query PartnerClinics { clinics { id } }'), partner)).toMatchObject({
      allowed: false,
      code: 'PERSISTED_QUERY_REQUIRED',
    });
    expect(decide({}, partner)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_REQUIRED' });
  });

  it('lets first-party and anonymous callers send app ids or query text', () => {
    expect(decide(byId(appId), patient)).toMatchObject({ allowed: true, audience: 'apps' });
    expect(decide({ query: '{ clinics { id } }' }, null)).toEqual({ allowed: true, audience: 'apps', id: null });
    expect(decide(byId(partnerId), patient)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('refuses APQ registration of an id that no manifest lists', () => {
    const decision = decide(byId('a'.repeat(64), '{ clinics { id } }'), patient);
    expect(decision).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(decision.allowed || decision.message).toContain('cannot be registered');
  });

  it('refuses query text from everyone when ids are required', () => {
    expect(decide({ query: '{ clinics { id } }' }, patient, true)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_REQUIRED' });
    expect(decide({ query: '{ clinics { id } }' }, null, true)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_REQUIRED' });
    expect(decide(byId(appId), patient, true)).toMatchObject({ allowed: true });
  });

  it('refuses a persistedQuery extension without a string hash', () => {
    expect(decide(byId(42), patient)).toMatchObject({ allowed: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
  });
});

describe('the APQ cache of the safelist', () => {
  it('answers ids of both manifests under Apollo’s key prefix and never stores anything', async () => {
    expect(await safelist.cache.get(`apq:${partnerId}`)).toBe('query PartnerClinics { clinics { id } }');
    expect(await safelist.cache.get(appId)).toBe('query MyAppointments { appointments { id } }');
    await safelist.cache.set(`apq:${'b'.repeat(64)}`, '{ clinics { id } }');
    expect(await safelist.cache.get(`apq:${'b'.repeat(64)}`)).toBeUndefined();
    expect(safelist.counts).toEqual({ apps: 1, partners: 1 });
  });
});
