import { demoId } from '@telemed/demo-data/ids';
import { as, bearer } from './auth';
import { gatewayUrl, graphql } from './stack';

const admin = bearer(as.admin);

async function stillServing() {
  const { body } = await graphql<{ clinics: unknown[] }>(gatewayUrl(), '{ clinics { id } }');
  expect(body.data?.clinics.length).toBeGreaterThan(0);
}

describe('bad input through the gateway', () => {
  it('answers a malformed query with GRAPHQL_PARSE_FAILED', async () => {
    const { status, body } = await graphql(gatewayUrl(), '{ appointments(first: 5) { id ', undefined, admin);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    await stillServing();
  });

  it('answers a wrong argument type with GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await graphql(gatewayUrl(), '{ appointments(first: "five") { id } }', undefined, admin);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillServing();
  });

  it('answers an unknown id with NOT_FOUND and the field path', async () => {
    const missing = demoId('doctor:nobody');
    const { body } = await graphql(gatewayUrl(), 'query($id: ID!) { doctor(id: $id) { name } }', { id: missing });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({ path: ['doctor'], extensions: { code: 'NOT_FOUND' } });
    await stillServing();
  });

  it('answers a malformed id with BAD_USER_INPUT naming the argument', async () => {
    const { body } = await graphql(gatewayUrl(), '{ appointment(id: "42") { id } }', undefined, admin);
    expect(body.errors?.[0]).toMatchObject({ path: ['appointment'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    await stillServing();
  });

  it('answers an out-of-range page size with BAD_USER_INPUT', async () => {
    const { body } = await graphql(gatewayUrl(), '{ appointments(first: 5000) { id } }', undefined, admin);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('answers a forged cursor with BAD_USER_INPUT', async () => {
    const { body } = await graphql(gatewayUrl(), '{ appointments(first: 5, after: "bm9wZQ") { id } }', undefined, admin);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});
