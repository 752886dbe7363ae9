/**
 * Plain @apollo/gateway under Apollo Server 5's `startStandaloneServer`, all
 * defaults: the baseline our gateway is measured against. What changes is
 * only what this platform requires of any gateway in front of its subgraphs
 * (docs/trust-chain.md), done the way an @apollo/gateway user would do it:
 *
 * - the subgraph URLs, to this benchmark's subgraphs (`SUBGRAPH_<NAME>_URL`);
 * - the supergraph passes through `acknowledgeSubgraphEnforcedSecurity`, or
 *   @apollo/gateway refuses the `@authenticated`/`@requiresScopes` links
 *   (`for: SECURITY`) that the subgraphs enforce;
 * - `willSendRequest` forwards the caller's `Authorization` and adds the
 *   gateway's `x-service-token` for the subgraph (signed with the same key
 *   ours uses, `SERVICE_KEY_FILE`, cached per audience like ours).
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { serviceIdentityFromEnv, type ServiceIdentity } from '@telemed/auth/service-identity';
import { SERVICE_TOKEN_HEADER } from '@telemed/auth/service-token';
import { acknowledgeSubgraphEnforcedSecurity } from '@telemed/gateway/supergraph-security';
import { subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { exitWithParent, supergraphPath } from './serve';

interface Context {
  readonly authorization?: string;
}

const self = serviceIdentityFromEnv('gateway', process.env);
if (!self) throw new Error('The gateway service key is missing (SERVICE_KEY_FILE or SERVICE_KEY)');

class AuthenticatedDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(
    url: string | undefined,
    private readonly subgraph: string,
    private readonly identity: ServiceIdentity,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(SERVICE_TOKEN_HEADER, this.identity.tokenFor(this.subgraph));
    if (typeof context.authorization === 'string') headers.set('authorization', context.authorization);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: acknowledgeSubgraphEnforcedSecurity(readFileSync(supergraphPath(), 'utf8')),
  buildService: ({ name, url }) => new AuthenticatedDataSource(process.env[subgraphUrlVariable(name)] ?? url, name, self),
});

startStandaloneServer(new ApolloServer<Context>({ gateway }), {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => (req.headers.authorization ? { authorization: req.headers.authorization } : {}),
}).then(exitWithParent);
