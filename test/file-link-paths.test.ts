import { request } from 'node:http';
import { sampleSum } from '@telemed/devstack/prometheus';
import { as, demo, ok } from './clinical';
import { gatewayUrl, subgraphUrl } from './stack';

/**
 * The gateway's `/files/*` proxy forwards with its own service token, so a
 * path it let through unchecked would reach storage's other routes with the
 * gateway's authority (docs/security.md#files-proxy). Only `/files/<token>`
 * passes; everything else is 404 at the gateway and storage never hears of it.
 */
describe('file link paths at the gateway', () => {
  /** Sends `path` byte for byte (fetch and URL would normalize `..` away). */
  function raw(method: string, path: string): Promise<{ status: number; body: string }> {
    const gateway = new URL(gatewayUrl());
    return new Promise((resolve, reject) => {
      const req = request({ host: gateway.hostname, port: gateway.port, method, path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.once('error', reject);
      req.end();
    });
  }

  /** Requests storage served on any route but `/metrics` (read before and after, so not counted). */
  async function storageRequests(): Promise<number> {
    const text = await (await fetch(new URL('/metrics', subgraphUrl('storage')))).text();
    return ['/graphql', '/files/*', '/healthz', '/readyz', 'unmatched'].reduce((sum, route) => sum + sampleSum(text, 'http_requests_total', { route }), 0);
  }

  let link: string;
  beforeAll(async () => {
    const appointment = demo.appointments.find((a) => a.patientId === demo.patients[0]!.id)!;
    const data = await ok<{ requestFileUpload: { uploadUrl: string } }>(
      'mutation($input: RequestFileUploadInput!) { requestFileUpload(input: $input) { uploadUrl } }',
      { input: { appointmentId: appointment.id, filename: 'paths.pdf', contentType: 'application/pdf', size: 4 } },
      as.patient(0),
    );
    link = new URL(data.requestFileUpload.uploadUrl).pathname;
  });

  const introspect = encodeURIComponent('{ __typename }');
  const paths = (): string[] => [
    `/files/../graphql?query=${introspect}`,
    `/files/..%2fgraphql?query=${introspect}`,
    `/files/%2e%2e/graphql?query=${introspect}`,
    `/files/%2E%2E%2Fgraphql?query=${introspect}`,
    `/files/%252e%252e%252fgraphql?query=${introspect}`,
    `/files/..\\graphql?query=${introspect}`,
    `/files/%5c..%5cgraphql?query=${introspect}`,
    `/files/../metrics`,
    `/files/../readyz`,
    `${link}/../../graphql?query=${introspect}`,
    `${link}/extra`,
    `/files//${link.slice('/files/'.length)}`,
    `/files/./${link.slice('/files/'.length)}`,
    '/files/not-a-token',
  ];

  it('answers 404 to every path but /files/<token>, and storage is never called', async () => {
    const before = await storageRequests();
    for (const path of paths()) {
      for (const method of ['GET', 'PUT', 'HEAD']) {
        const answer = await raw(method, path);
        expect({ method, path, status: answer.status }).toEqual({ method, path, status: 404 });
        if (method === 'GET') expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
        expect(answer.body).not.toContain('__typename');
      }
    }
    expect(await storageRequests()).toBe(before);
  });

  it('still forwards a real link, and only its token (a query string does not travel)', async () => {
    const before = await storageRequests();
    // An upload link does not download: storage's own 403 proves the request got there.
    expect((await raw('GET', `${link}?path=/graphql`)).status).toBe(403);
    expect(await storageRequests()).toBe(before + 1);
  });
});
