/**
 * Plain @apollo/gateway under Apollo Server 5's `startStandaloneServer`, all
 * defaults: the baseline our gateway is measured against. Only the subgraph
 * URLs change, to this benchmark's subgraphs (`SUBGRAPH_<NAME>_URL`).
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { exitWithParent, supergraphPath } from './serve';

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath(), 'utf8'),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({ url: process.env[subgraphUrlVariable(name)] ?? url }),
});

startStandaloneServer(new ApolloServer({ gateway }), {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
}).then(exitWithParent);
