import { Kind, print, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { OperationSource } from './manifest';

/**
 * The one named operation a document holds (with its fragments), checked
 * against the API schema, so a manifest never carries an operation the
 * gateway would refuse as invalid.
 */
export function operationSourceOf(document: DocumentNode, schema: GraphQLSchema, origin: string): OperationSource {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error(`${origin}: a persisted document holds exactly one operation, found ${operations.length}`);
  const operation = operations[0]!;
  if (!operation.name) throw new Error(`${origin}: a persisted operation needs a name`);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`${origin}: ${operation.name.value} is not valid against schema/api.graphql:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return { name: operation.name.value, type: operation.operation, body: print(document) };
}
