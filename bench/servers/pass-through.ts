/**
 * A floor: forwards each POST to the subgraph its path names (`/provider` →
 * `SUBGRAPH_PROVIDER_URL`) over a keep-alive pool and returns the answer as
 * is. No GraphQL work at all, so what it adds over calling the subgraph
 * directly is the cost of one more Node process in the path on this machine.
 * The caller's `Authorization` and `x-service-token` are passed on as they
 * came (the benchmark signs them, as for the direct floor): no auth work here.
 */
import { createServer } from 'node:http';
import { SERVICE_TOKEN_HEADER } from '@telemed/auth/service-token';
import { subgraphUrl } from '@telemed/topology/subgraphs';
import { Agent, request } from 'undici';
import { exitWithParent } from './serve';

const agent = new Agent({ connections: 128 });
const passedOn = ['authorization', SERVICE_TOKEN_HEADER];

createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const answer = await request(subgraphUrl((req.url ?? '/').slice(1)), {
      dispatcher: agent,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...Object.fromEntries(passedOn.flatMap((name) => (req.headers[name] ? [[name, req.headers[name]]] : []))),
      },
      body: Buffer.concat(chunks),
    });
    res.writeHead(answer.statusCode, { 'content-type': 'application/json' });
    res.end(await answer.body.text());
  } catch {
    res.writeHead(502).end();
  }
}).listen(Number(process.env.PORT), '127.0.0.1', exitWithParent);
