/**
 * The ceiling: a bare node:http server answering every request with the same
 * small JSON body. Nothing served over HTTP on this machine can beat it.
 */
import { createServer } from 'node:http';
import { exitWithParent } from './serve';

const body = JSON.stringify({ data: { ok: true } });

createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', exitWithParent);
