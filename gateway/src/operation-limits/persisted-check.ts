import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import type { PersistedOperation } from '@telemed/persisted-queries/manifest';
import type { OperationLimits } from './limits';
import { createOperationLimiter, type Refusal } from './operation-limiter';

export interface PersistedOverLimit {
  readonly name: string;
  readonly refusal: Refusal;
}

/**
 * The persisted operations that go over the limits, checked once when the
 * manifests are built (the gateway skips the per-request check for their
 * ids). Sizes that come from variables count at the largest value subgraphs
 * accept, so no variables a caller sends can take an operation over at run time.
 */
export function persistedOperationsOverLimits(
  schema: GraphQLSchema,
  operations: readonly PersistedOperation[],
  limits: OperationLimits,
): PersistedOverLimit[] {
  const limiter = createOperationLimiter(limits);
  const over: PersistedOverLimit[] = [];
  for (const { name, body } of operations) {
    let refusal: Refusal | undefined;
    try {
      const document = parse(body, limiter.parseOptions);
      const operation = getOperationAST(document);
      if (!operation) throw new Error(`${name} holds no single operation`);
      refusal = limiter.check({ schema, document, operation, worstCase: true });
    } catch (error) {
      if (!limiter.overTokenLimit(body)) throw error;
      refusal = { limit: 'tokens', max: limits.maxTokens };
    }
    if (refusal) over.push({ name, refusal });
  }
  return over;
}
