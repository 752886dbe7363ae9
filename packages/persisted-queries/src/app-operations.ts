import { InMemoryCache } from '@apollo/client';
import { Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { OperationSource } from './manifest';
import { operationSourceOf } from './operation-source';

// Directives Apollo Client handles itself and strips before sending; an
// operation with them would not be sent as written, so it is not persisted as written either.
const CLIENT_DIRECTIVES = new Set(['client', 'connection', 'nonreactive', 'unmask', 'export']);

/**
 * The HTTP operations among a codegen `graphql.ts` module's exports, as
 * Apollo Client sends them: with `__typename` added to every selection set
 * (InMemoryCache's document transform), because the gateway executes the
 * manifest's body in place of what the app wrote and the cache needs those
 * typenames. Subscriptions go over graphql-ws, which does not use ids.
 */
export function appOperationSources(exports: Readonly<Record<string, unknown>>, schema: GraphQLSchema, origin: string): OperationSource[] {
  const cache = new InMemoryCache();
  const sources: OperationSource[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (!isDocument(value)) continue;
    const operation = value.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation || operation.operation === 'subscription') continue;
    refuseClientDirectives(value, `${origin} ${name}`);
    sources.push(operationSourceOf(cache.transformDocument(value), schema, `${origin} ${name}`));
  }
  return sources;
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
}

function refuseClientDirectives(document: DocumentNode, origin: string): void {
  visit(document, {
    Directive(node) {
      if (CLIENT_DIRECTIVES.has(node.name.value))
        throw new Error(`${origin}: @${node.name.value} is handled by Apollo Client; persisting such operations is not supported yet`);
    },
  });
}
