import type { z } from 'zod';
import type { SubgraphName } from '@telemed/topology/subgraphs';

/**
 * One event type in the catalogue: a Zod schema per version of its `data`,
 * which version producers publish today, who produces it and which field of
 * `data` names the aggregate (events of one aggregate are published in order).
 */
export interface EventDefinition<
  V extends Readonly<Record<number, z.ZodObject>> = Readonly<Record<number, z.ZodObject>>,
  C extends keyof V & number = keyof V & number,
> {
  readonly description: string;
  /** The subgraphs that record it. */
  readonly producers: readonly SubgraphName[];
  /** The `data` field holding the aggregate's id: the ordering key of the outbox relay. */
  readonly aggregate: string;
  readonly versions: V;
  /** The version producers record by default. */
  readonly current: C;
}

/** Keeps the literal types of `versions` and `current` for the catalogue's type helpers. */
export function defineEvent<V extends Readonly<Record<number, z.ZodObject>>, C extends keyof V & number>(
  definition: EventDefinition<V, C>,
): EventDefinition<V, C> {
  return definition;
}
