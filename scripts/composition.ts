import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';
import { subgraphSchemaPath, subgraphs, subgraphUrl } from '@telemed/topology/subgraphs';

export type CompositionResult =
  | { ok: true; supergraphSdl: string; hints: string[]; /** What clients see, to validate operations against. */ apiSchema: GraphQLSchema }
  | { ok: false; errors: string[] };

/**
 * Composes every subgraph's SDL. Routing URLs in the output are the local
 * defaults; deployments override them with `SUBGRAPH_<NAME>_URL`, so the
 * committed file does not depend on anyone's environment.
 */
export function composeSupergraph(root: string): CompositionResult {
  const result = composeServices(
    subgraphs.map(({ name }) => ({
      name,
      url: subgraphUrl(name, {}),
      typeDefs: parse(readFileSync(join(root, subgraphSchemaPath(name)), 'utf8')),
    })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return {
    ok: true,
    supergraphSdl: `${result.supergraphSdl}\n`,
    hints: result.hints.map((h) => h.toString()),
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
  };
}

/** Rover's supergraph config for the same subgraphs (`rover supergraph compose --config rover.yaml`). */
export function roverConfig(): string {
  const lines = [
    '# Written by `npm run compose` from packages/topology/src/subgraphs.ts; do not edit by hand.',
    '# rover supergraph compose --config rover.yaml > schema/supergraph.graphql',
    'federation_version: =2.14.4',
    'subgraphs:',
  ];
  for (const { name } of subgraphs) {
    lines.push(`  ${name}:`, `    routing_url: ${subgraphUrl(name, {})}`, '    schema:', `      file: ./${subgraphSchemaPath(name)}`);
  }
  return `${lines.join('\n')}\n`;
}
