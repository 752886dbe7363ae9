/**
 * A floor: forwards each POST to the subgraph its path names (`/provider` →
 * `SUBGRAPH_PROVIDER_URL`) over a keep-alive pool and returns the answer as
 * is. No GraphQL work at all, so what it adds over calling the subgraph
 * directly is the cost of one more Node process in the path on this machine.
 */
import { createServer } from 'node:http';
import { subgraphUrl } from '@telemed/topology/subgraphs';
import { Agent, request } from 'undici';
import { exitWithParent } from './serve';

const agent = new Agent({ connections: 128 });

createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const answer = await request(subgraphUrl((req.url ?? '/').slice(1)), {
      dispatcher: agent,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat(chunks),
    });
    res.writeHead(answer.statusCode, { 'content-type': 'application/json' });
    res.end(await answer.body.text());
  } catch {
    res.writeHead(502).end();
  }
}).listen(Number(process.env.PORT), '127.0.0.1', exitWithParent);
