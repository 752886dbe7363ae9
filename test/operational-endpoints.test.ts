import { sampleSum } from '@telemed/devstack/prometheus';
import { gatewayOpsUrl, gatewayUrl } from './stack';

/**
 * The gateway's readiness and metrics are on its operations port only
 * (GATEWAY_OPS_PORT, docs/security.md#operational-endpoints): the public
 * port answers 404, so callers learn nothing of its dependencies or load.
 */
describe('gateway operational endpoints', () => {
  const publicOrigin = () => new URL(gatewayUrl()).origin;

  it('are not served on the public port', async () => {
    for (const path of ['/readyz', '/metrics', '/metrics?name[]=x', '/readyz/', '//metrics']) {
      const response = await fetch(`${publicOrigin()}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).not.toMatch(/http_requests_total|supergraph/);
    }
    // Liveness stays public: a load balancer checks the port it forwards to, and it says nothing but "ok".
    expect(await (await fetch(`${publicOrigin()}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('are served on the operations port, which serves nothing else', async () => {
    expect(await (await fetch(`${gatewayOpsUrl()}/readyz`)).json()).toEqual({ status: 'ready', checks: { supergraph: 'ok' } });
    const metrics = await (await fetch(`${gatewayOpsUrl()}/metrics`)).text();
    expect(sampleSum(metrics, 'http_requests_total', { route: '/graphql' })).toBeGreaterThanOrEqual(0);
    expect(metrics).toContain('process_resident_memory_bytes');
    expect((await fetch(`${gatewayOpsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })).status).toBe(404);
    expect((await fetch(`${gatewayOpsUrl()}/files/x.y`)).status).toBe(404);
  });
});
