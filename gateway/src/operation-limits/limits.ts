/**
 * The operation limits the gateway applies to every query, mutation and
 * subscription before any subgraph is called (HTTP and graphql-ws alike), and
 * `npm run persisted` applies to every persisted operation when the manifests
 * are built. Defaults let every operation of the apps' and partners'
 * manifests pass with room (see docs/security.md, "Operation limits").
 */
export interface OperationLimits {
  /** Deepest field nesting (`GATEWAY_MAX_DEPTH`, default 10). */
  readonly maxDepth: number;
  /** Aliased fields, `__typename` aside (`GATEWAY_MAX_ALIASES`, default 15). */
  readonly maxAliases: number;
  /** Lexical tokens of the document; the parser stops there (`GATEWAY_MAX_TOKENS`, default 2000). */
  readonly maxTokens: number;
  /** Directives used in the operation (`GATEWAY_MAX_DIRECTIVES`, default 10). */
  readonly maxDirectives: number;
  /** Fields selected at the root of the operation (`GATEWAY_MAX_ROOT_FIELDS`, default 10). */
  readonly maxRootFields: number;
  /** Estimated cost from the weights in `cost-weights.ts` (`GATEWAY_MAX_COST`, default 10000). */
  readonly maxCost: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  maxRootFields: 10,
  maxCost: 10_000,
};

/** Which limit an operation went over; `extensions.limit` of the refusal. */
export type LimitName = 'depth' | 'aliases' | 'tokens' | 'directives' | 'rootFields' | 'cost';

export const LIMIT_VARIABLES: Readonly<Record<keyof OperationLimits, string>> = {
  maxDepth: 'GATEWAY_MAX_DEPTH',
  maxAliases: 'GATEWAY_MAX_ALIASES',
  maxTokens: 'GATEWAY_MAX_TOKENS',
  maxDirectives: 'GATEWAY_MAX_DIRECTIVES',
  maxRootFields: 'GATEWAY_MAX_ROOT_FIELDS',
  maxCost: 'GATEWAY_MAX_COST',
};
