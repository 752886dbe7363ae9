import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { sampleSum } from '@telemed/devstack/prometheus';
import { subgraphNames } from '@telemed/topology/subgraphs';
import { as, bearer } from './auth';
import { appointmentReplicaUrl, gatewayOpsUrl, gatewayUrl, graphql, subgraphUrl } from './stack';

/**
 * The gateway's operation limits against the real stack: each abusive
 * operation is refused with 400 QUERY_TOO_COMPLEX and no subgraph request at
 * all, read from every subgraph's own request counter before and after.
 */
const demo = buildDemoDataset();
const doctorId = demo.doctors[0]!.id;

/** GraphQL requests every subgraph process has served so far (`http_requests_total{route="/graphql"}`). */
async function subgraphRequests(): Promise<number> {
  const urls = [...subgraphNames.map((name) => subgraphUrl(name)), appointmentReplicaUrl()];
  const counts = await Promise.all(
    urls.map(async (url) => sampleSum(await (await fetch(new URL('/metrics', url))).text(), 'http_requests_total', { route: '/graphql' })),
  );
  return counts.reduce((a, b) => a + b, 0);
}

async function refusals(limit: string): Promise<number> {
  return sampleSum(await (await fetch(new URL('/metrics', gatewayOpsUrl()))).text(), 'graphql_operations_refused_total', { limit, transport: 'http' });
}

/** Sends `query` and expects the refusal for `limit`, with no subgraph called and the refusal counted. */
async function expectRefused(query: string, limit: string, headers: Record<string, string> = bearer(as.admin)) {
  const before = { requests: await subgraphRequests(), refused: await refusals(limit) };
  const { status, body } = await graphql(gatewayUrl(), query, undefined, headers);
  expect({ status, errors: body.errors }).toEqual({
    status: 400,
    errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit }) })],
  });
  expect(body.data).toBeUndefined();
  expect(await subgraphRequests()).toBe(before.requests);
  expect(await refusals(limit)).toBe(before.refused + 1);
}

const day = (offset: number) => new Date(Date.UTC(2031, 0, 1 + offset)).toISOString();

describe('operation limits at the gateway', () => {
  it('counts subgraph requests (the control: a small query does reach them)', async () => {
    const before = await subgraphRequests();
    const { body } = await graphql(gatewayUrl(), '{ clinics { id doctors { id } } }', undefined, bearer(as.admin));
    expect(body.errors).toBeUndefined();
    expect(await subgraphRequests()).toBeGreaterThan(before);
  });

  it('refuses clinics { doctors { clinic { doctors … } } } at depth 12', async () => {
    let selection = 'id';
    for (let level = 11; level >= 1; level--) selection = `${level === 1 ? 'clinics' : level % 2 === 0 ? 'doctors' : 'clinic'} { ${selection} }`;
    await expectRefused(`query Nested { ${selection} }`, 'depth');
    await expectRefused(`query Nested { ${selection} }`, 'depth', {});
  });

  it('refuses 100 aliased availableSlots', async () => {
    const slots = Array.from({ length: 100 }, (_, i) => `s${i}: availableSlots(from: "${day(i % 20)}", to: "${day((i % 20) + 1)}") { startsAt }`);
    await expectRefused(`query Slots { doctor(id: "${doctorId}") { ${slots.join(' ')} } }`, 'aliases');
  });

  it('refuses an operation over the cost limit: 100 doctors’ slots over 30 days', async () => {
    await expectRefused(`{ doctors(first: 100) { availableSlots(from: "${day(0)}", to: "${day(30)}") { startsAt } } }`, 'cost');
    // Variables count as sent: the same shape with a narrow range is served.
    const narrow = await graphql(
      gatewayUrl(),
      'query($from: DateTime!, $to: DateTime!) { doctors(first: 5) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { from: day(0), to: day(1) },
      bearer(as.admin),
    );
    expect(narrow.body.errors).toBeUndefined();
  });

  it('refuses nested clinics even where the depth is allowed, on cost', async () => {
    await expectRefused('{ clinics { doctors { clinic { doctors { clinic { doctors { id } } } } } } }', 'cost');
  });

  it('refuses a document over 2,000 tokens (the parser stops there)', async () => {
    await expectRefused(`{ clinics { ${'id '.repeat(2100)} } }`, 'tokens');
  });

  it('refuses more than 10 directives and more than 10 root fields', async () => {
    await expectRefused(`{ clinics { ${'id @include(if: true) '.repeat(11)} } }`, 'directives');
    // Distinct root fields: eleven different ones, no aliases needed.
    const distinct = ['me { id }', 'apiKeys { id }', 'clinics { id }', 'doctors(first: 1) { id }', 'patients(first: 1) { id }', 'appointments(first: 1) { id }', 'devMailbox(first: 1) { subject }', `doctor(id: "${doctorId}") { id }`, `clinic(id: "${demo.clinics[0]!.id}") { id }`, 'doctorSearch(first: 1) { pageInfo { hasNextPage } }', 'waitlist(first: 1) { pageInfo { hasNextPage } }'];
    await expectRefused(`{ ${distinct.join(' ')} }`, 'rootFields');
  });
});
