import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphResponseTooLargeError } from './subgraph-errors';
import { createSubgraphFetcher, type SubgraphFetcher } from './subgraph-fetcher';

/** Answers `/chunked/<n>` with n bytes in 1 KiB chunks and no content-length, `/sized/<n>` with a content-length. */
let server: Server;
let base: string;
let pool: SubgraphFetcher;
/** Bytes the server wrote for the last chunked response before it ended or the client went away. */
let lastSent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const [, kind, size] = req.url!.split('/');
    const bytes = Number(size);
    if (kind === 'sized') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes) });
      res.end('x'.repeat(bytes));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    let sent = 0;
    const next = () => {
      if (sent >= bytes || res.destroyed) return res.end();
      const chunk = Math.min(1024, bytes - sent);
      sent += chunk;
      lastSent = sent;
      res.write('x'.repeat(chunk), () => setImmediate(next));
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pool = createSubgraphFetcher({ connectionsPerOrigin: 4, timeoutMs: 5_000, deduplicate: false, maxResponseBytes: 4096 });
});

afterAll(async () => {
  await pool.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('subgraph response cap', () => {
  it('reads bodies up to the cap, with or without content-length', async () => {
    expect(await (await pool.fetcher(`${base}/chunked/4096`, { method: 'POST' })).text()).toHaveLength(4096);
    expect(await (await pool.fetcher(`${base}/sized/4096`, { method: 'POST' })).text()).toHaveLength(4096);
  });

  it('refuses a declared length over the cap without reading it', async () => {
    await expect((await pool.fetcher(`${base}/sized/5000000`, { method: 'POST' })).text()).rejects.toBeInstanceOf(SubgraphResponseTooLargeError);
  });

  it('stops reading a streamed body once it passes the cap', async () => {
    await expect((await pool.fetcher(`${base}/chunked/50000000`, { method: 'POST' })).json()).rejects.toBeInstanceOf(SubgraphResponseTooLargeError);
    // The socket was dropped: the server stopped long before its 50 MB.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stoppedAt = lastSent;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lastSent).toBe(stoppedAt);
    expect(stoppedAt).toBeLessThan(5_000_000);
    // The pool still answers afterwards.
    expect(await (await pool.fetcher(`${base}/sized/10`, { method: 'POST' })).text()).toBe('x'.repeat(10));
  });
});
