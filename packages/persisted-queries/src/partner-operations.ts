import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type GraphQLSchema } from 'graphql';
import type { OperationSource } from './manifest';
import { operationSourceOf } from './operation-source';

/**
 * The partner operations: one `.graphql` file per operation in `dir`, each
 * named for its operation, validated against the API schema. Comments are
 * for reviewers; the manifest keeps the printed operation only.
 */
export function partnerOperationSources(dir: string, schema: GraphQLSchema): OperationSource[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const source = operationSourceOf(parse(readFileSync(join(dir, file), 'utf8')), schema, file);
      if (`${source.name}.graphql` !== file) throw new Error(`${file} holds ${source.name}; name the file ${source.name}.graphql`);
      return source;
    });
}
