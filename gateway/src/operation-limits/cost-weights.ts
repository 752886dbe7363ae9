import { getNullableType, isLeafType, isListType, Kind, type FieldNode } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '@telemed/subgraph-kit/arguments';

/**
 * How many items a list field returns, as far as the gateway can tell before
 * running it: the page-size argument, a date range, or an assumed ceiling
 * for lists whose size is the data's.
 */
export type ListSize =
  | { readonly kind: 'page'; readonly argument: string }
  | { readonly kind: 'assumed'; readonly size: number }
  | { readonly kind: 'days'; readonly from: string; readonly to: string; readonly perDay: number; readonly maxDays: number };

export interface FieldWeight {
  /** Cost of each item the field returns (default 1 for objects, 0 for scalars and enums). */
  readonly cost?: number;
  /** How many items it returns (default: its `first`/`limit` argument, else 1, or 10 for other lists). */
  readonly size?: ListSize;
}

/**
 * The weights of fields the generic rules below get wrong, as `Type.field`.
 * Everything else costs by the rules: an object is 1, a scalar or enum 0, and
 * a field with a page-size argument (`first`, `limit`) multiplies what it
 * selects by that argument; any other list counts as `DEFAULT_LIST_SIZE`.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, FieldWeight>> = {
  // Not paged: every clinic, by name. Counted as a generous platform size.
  'Query.clinics': { size: { kind: 'assumed', size: 50 } },
  // Not paged either, and each doctor is an entity fetch from the clinic's
  // subgraph back to provider: the fan-out a nested `clinics { doctors { clinic { doctors` multiplies.
  'Clinic.doctors': { cost: 2, size: { kind: 'assumed', size: 30 } },
  // Working hours cut into slots over [from, to): the work and the answer
  // grow with the range (at most 31 days, appointment refuses more).
  'Doctor.availableSlots': { size: { kind: 'days', from: 'from', to: 'to', perDay: 16, maxDays: 31 } },
};

/** Size of a list field without a page-size argument or a weight. */
export const DEFAULT_LIST_SIZE = 10;

/** Arguments that bound a list's size wherever they appear. */
const PAGE_ARGUMENTS = ['first', 'limit'];

const DAY_MS = 86_400_000;

/**
 * Passed as the cost estimator's context. `worstCase` (the build-time check
 * of persisted operations) takes every size argument that comes from a
 * variable at the largest value a subgraph accepts, so an operation that
 * passes there passes whatever variables a caller sends at run time.
 */
export interface CostContext {
  readonly worstCase: boolean;
}

/**
 * The estimator (graphql-query-complexity) that reads `FIELD_WEIGHTS`: a
 * field costs `size × (cost + what it selects)`.
 */
export const weightedCost: ComplexityEstimator = (options) => {
  const weight = FIELD_WEIGHTS[`${options.type.name}.${options.field.name}`];
  const own = weight?.cost ?? (isLeafType(getNullableType(options.field.type)) ? 0 : 1);
  const worstCase = (options.context as CostContext | undefined)?.worstCase ?? false;
  return sizeOf(weight?.size, options, worstCase) * (own + options.childComplexity);
};

function sizeOf(size: ListSize | undefined, options: ComplexityEstimatorArgs, worstCase: boolean): number {
  const { field, args, node } = options;
  if (size?.kind === 'assumed') return size.size;
  if (size?.kind === 'days') {
    if (worstCase && (fromVariable(node, size.from) || fromVariable(node, size.to))) return size.maxDays * size.perDay;
    const days = (Date.parse(String(args[size.to])) - Date.parse(String(args[size.from]))) / DAY_MS;
    // Unparsable dates cost the most the field can do; appointment refuses them anyway.
    if (Number.isNaN(days)) return size.maxDays * size.perDay;
    return Math.max(1, Math.ceil(days)) * size.perDay;
  }
  const page = size?.kind === 'page' ? size.argument : PAGE_ARGUMENTS.find((name) => field.args.some((a) => a.name === name));
  if (page !== undefined) {
    if (worstCase && fromVariable(node, page)) return MAX_PAGE_SIZE;
    const value = args[page];
    // Absent without a default: the subgraph's own default page, at most MAX_PAGE_SIZE.
    if (typeof value !== 'number' || !Number.isFinite(value)) return MAX_PAGE_SIZE;
    return Math.max(1, Math.ceil(value));
  }
  // A connection's `edges` is sized by the connection's `first`, counted one level up.
  if (options.type.name.endsWith('Connection')) return 1;
  return isListType(getNullableType(field.type)) ? DEFAULT_LIST_SIZE : 1;
}

function fromVariable(node: FieldNode, argument: string): boolean {
  return node.arguments?.some((a) => a.name.value === argument && a.value.kind === Kind.VARIABLE) ?? false;
}
