import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLFloat,
  GraphQLInt,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  typeFromAST,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { weightedCost, type CostContext } from './cost-weights';
import type { LimitName, OperationLimits } from './limits';

/** `extensions.code` of every refusal for going over an operation limit (HTTP 400). */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** Which limit an operation went over, and by how much when that is known. */
export interface Refusal {
  readonly limit: LimitName;
  readonly max: number;
  readonly actual?: number;
}

export interface OperationToCheck {
  /** The API schema the operation was validated against. */
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly variables?: Readonly<Record<string, unknown>>;
  /**
   * Build-time check of a persisted operation: size arguments that come from
   * variables count at the largest value subgraphs accept.
   */
  readonly worstCase?: boolean;
}

export interface OperationLimiter {
  readonly limits: OperationLimits;
  /** The first limit the operation goes over, or undefined. */
  check(input: OperationToCheck): Refusal | undefined;
  /** The operation's estimated cost (what `check` compares with `maxCost`). */
  cost(input: OperationToCheck): number;
  /**
   * Parse options that make the parser itself stop at the token limit, so an
   * oversized document is never built in memory.
   */
  readonly parseOptions: { readonly maxTokens: number };
  /** Whether a parse failure of `source` was the token limit (not a syntax error). */
  overTokenLimit(source: string): boolean;
}

// The cost estimator walks each fragment once per spread; past this many
// nodes the walk stops and the operation is refused on cost.
const MAX_COST_NODES = 10_000;
const NODE_LIMIT_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';

/**
 * Depth, aliases and directives are graphql-armor's rules; the cost is
 * graphql-query-complexity's walk with the weights of `cost-weights.ts`;
 * tokens are graphql-js's parser limit. Verdicts that depend on the document
 * alone are kept per document (Apollo's document store hands back the same
 * parsed document for a repeated query), costs per operation when it takes
 * no variables; only an operation with variables is costed on every request.
 */
export function createOperationLimiter(limits: OperationLimits): OperationLimiter {
  const structural = new WeakMap<DocumentNode, Refusal | null>();
  const fixedCosts = new WeakMap<OperationDefinitionNode, number>();

  const structureOf = (schema: GraphQLSchema, document: DocumentNode): Refusal | null => {
    let verdict = structural.get(document);
    if (verdict === undefined) {
      verdict = armorVerdict(schema, document, limits) ?? null;
      structural.set(document, verdict);
    }
    return verdict;
  };

  const cost = ({ schema, document, operation, variables, worstCase = false }: OperationToCheck): number => {
    const fixed = !operation.variableDefinitions?.length;
    if (fixed) {
      const known = fixedCosts.get(operation);
      if (known !== undefined) return known;
    }
    const context: CostContext = { worstCase };
    let value: number;
    try {
      value = getComplexity({
        schema,
        query: document,
        operationName: operation.name?.value,
        variables: { ...(worstCase ? placeholderVariables(schema, operation) : {}), ...variables },
        estimators: [weightedCost],
        context: context as unknown as Record<string, unknown>,
        maxQueryNodes: MAX_COST_NODES,
      });
    } catch (error) {
      if (error instanceof GraphQLError && error.message === NODE_LIMIT_MESSAGE) value = Number.POSITIVE_INFINITY;
      // Variables that do not fit the operation: the gateway refuses them
      // itself before planning, so nothing reaches a subgraph either way.
      else return 0;
    }
    if (fixed) fixedCosts.set(operation, value);
    return value;
  };

  return {
    limits,
    parseOptions: { maxTokens: limits.maxTokens },
    overTokenLimit: (source) => countTokens(source, limits.maxTokens + 1) > limits.maxTokens,
    cost,
    check(input) {
      const verdict = structureOf(input.schema, input.document);
      if (verdict) return verdict;
      const rootFields = countRootFields(input.operation.selectionSet, input.document);
      if (rootFields > limits.maxRootFields) return { limit: 'rootFields', max: limits.maxRootFields, actual: rootFields };
      const estimated = cost(input);
      if (estimated > limits.maxCost)
        return { limit: 'cost', max: limits.maxCost, ...(Number.isFinite(estimated) && { actual: Math.ceil(estimated) }) };
      return undefined;
    },
  };
}

/**
 * The refusal as the GraphQL error callers get: code, which limit, and (for
 * Apollo Server to answer with) HTTP 400; without it for graphql-ws and for
 * an already formatted response.
 */
export function refusalError(refusal: Refusal, withHttpStatus = true): GraphQLError {
  const over = refusal.actual === undefined ? '' : ` (${refusal.actual})`;
  return new GraphQLError(`The operation is over the gateway's ${LIMIT_WORDS[refusal.limit]} limit of ${refusal.max}${over}`, {
    extensions: {
      code: QUERY_TOO_COMPLEX,
      limit: refusal.limit,
      max: refusal.max,
      ...(refusal.actual !== undefined && { actual: refusal.actual }),
      ...(withHttpStatus && { http: { status: 400 } }),
    },
  });
}

const LIMIT_WORDS: Readonly<Record<LimitName, string>> = {
  depth: 'depth',
  aliases: 'alias',
  tokens: 'token',
  directives: 'directive',
  rootFields: 'root field',
  cost: 'cost',
};

function armorVerdict(schema: GraphQLSchema, document: DocumentNode, limits: OperationLimits): Refusal | undefined {
  let refusal: Refusal | undefined;
  // graphql-armor's rules report through onReject; they throw only with propagateOnRejection.
  const onReject = (limit: LimitName, max: number) => [
    (_: unknown, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      refusal ??= { limit, max, ...(found !== undefined && { actual: Number(found) }) };
    },
  ];
  const rules: ValidationRule[] = [
    // Fragments count as the fields they hold, so the depth is the nesting a caller sees in the answer.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: onReject('depth', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: onReject('aliases', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: onReject('directives', limits.maxDirectives) }),
  ];
  validate(schema, document, rules);
  return refusal;
}

/** Fields at the root of an operation, through fragments (`__typename` aside). */
function countRootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, document, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment) count += countRootFields(fragment.selectionSet, document, seen);
    }
  }
  return count;
}

/** Tokens of `source` as graphql-js's parser counts them (comments and EOF aside), up to `stopAt`. */
function countTokens(source: string, stopAt: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF && count < stopAt; token = lexer.advance()) count++;
  } catch {
    // A lexical error before the limit: a syntax error, not the limit.
  }
  return count;
}

/**
 * A value for every required variable the operation declares, so the
 * build-time check can cost a persisted operation without a caller's
 * variables. Only their presence matters: in worst-case mode, size arguments
 * read from variables count at their maximum whatever the value.
 */
function placeholderVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (!type || !isNonNullType(type) || definition.defaultValue) continue;
    values[definition.variable.name.value] = placeholderOf(type as GraphQLInputType);
  }
  return values;
}

function placeholderOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholderOf(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const fields: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined) fields[field.name] = placeholderOf(field.type);
    return fields;
  }
  if (type === GraphQLInt || type === GraphQLFloat) return 1;
  if (type === GraphQLBoolean) return true;
  // ID, String and custom scalars (DateTime): the gateway's schema takes any string for them.
  return '2030-01-01T00:00:00.000Z';
}
