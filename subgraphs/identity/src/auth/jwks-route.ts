import { jwksOf } from '@telemed/auth/jwks';
import type { Handler } from '@telemed/http-server/service';
import type { SubgraphEnv } from '@telemed/subgraph-kit/env';
import { signingKeys } from './signing-keys';

/** `GET /.well-known/jwks.json`: the current and previous public keys gateway and subgraphs verify access tokens with. */
export function jwksRoutes(env: SubgraphEnv): Record<string, Handler> {
  const body = JSON.stringify(jwksOf(signingKeys(env)));
  return {
    '/.well-known/jwks.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });
      res.end(body);
    },
  };
}
