import { randomBytes } from 'node:crypto';
import { sampleSum } from '@telemed/devstack/prometheus';
import { as, call } from './clinical';
import { gatewayOpsUrl, gatewayUrl, graphql } from './stack';

/**
 * What the gateway counts per operation must stay bounded whatever callers
 * send: operation names are theirs to choose, and every distinct label value
 * is a time series Prometheus keeps. Refusals of the persisted-query policy
 * are counted too.
 */
const metrics = async () => (await fetch(new URL('/metrics', gatewayOpsUrl()))).text();

function operationLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const match of text.matchAll(/^gateway_operation_duration_seconds_count\{[^}]*operation="((?:[^"\\]|\\.)*)"/gm)) labels.add(match[1]!);
  return labels;
}

describe('gateway operation metrics', () => {
  it('count a flood of invented operation names under "(other)" once the cap is reached', async () => {
    const run = randomBytes(4).toString('hex');
    // More names than GATEWAY_METRICS_MAX_OPERATIONS (default 100) allows, each a valid, cheap operation.
    for (let i = 0; i < 130; i++) {
      const { status } = await graphql(gatewayUrl(), `query Flood_${run}_${i} { __typename }`);
      expect(status).toBe(200);
    }
    const text = await metrics();
    const labels = operationLabels(text);
    const flood = [...labels].filter((label) => label.startsWith(`Flood_${run}_`));
    expect(flood.length).toBeLessThanOrEqual(100);
    expect(flood.length).toBeLessThan(130);
    expect(sampleSum(text, 'gateway_operation_duration_seconds_count', { operation: '(other)' })).toBeGreaterThanOrEqual(30);
    // The persisted operations' names (under 40 today), 100 others, "(anonymous)" and "(other)" at most.
    expect(labels.size).toBeLessThanOrEqual(40 + 100 + 2);
  });

  it('count errors by operation and code', async () => {
    const before = await metrics();
    const body = await call('query MissingAppointment { appointment(id: "00000000-0000-4000-8000-000000000000") { id } }', undefined, as.patient(0));
    const code = String(body.errors?.[0]?.extensions?.code);
    expect(code).toMatch(/^[A-Z_]+$/);
    const after = await metrics();
    const labels = { operation: operationLabels(after).has('MissingAppointment') ? 'MissingAppointment' : '(other)', code };
    expect(sampleSum(after, 'gateway_operation_errors_total', labels) - sampleSum(before, 'gateway_operation_errors_total', labels)).toBe(1);
  });

  it('count persisted-query refusals by code and audience', async () => {
    const labels = { code: 'PERSISTED_QUERY_REQUIRED', audience: 'partners' };
    const before = sampleSum(await metrics(), 'gateway_persisted_query_refusals_total', labels);
    const refused = await graphql(gatewayUrl(), '{ doctors(first: 1) { id } }', undefined, { 'x-api-key': 'tk_demo-partner-key-not-for-production' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    expect(sampleSum(await metrics(), 'gateway_persisted_query_refusals_total', labels) - before).toBe(1);
  });
});
