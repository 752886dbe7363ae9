import type { SubgraphContext } from './context';

/**
 * Who may see one object of a type this subgraph owns, beyond what the SDL
 * directives say: ownership (a patient sees their own appointments). Declared
 * once per subgraph (`src/<domain>/<domain>.policy.ts`) and applied by the kit
 * on every path to the type: root fields, nested fields and `_entities`.
 */
export interface TypePolicy<TContext extends SubgraphContext = SubgraphContext> {
  /** Whether the request's caller may read `model`. */
  canRead(model: unknown, context: TContext): boolean | Promise<boolean>;
  /**
   * Whether reading objects of this type is audited (clinical data). Every
   * object returned is then recorded as READ in the audit outbox.
   */
  readonly audited?: boolean;
}

/** Types this subgraph owns, by GraphQL type name, with their policies. */
export type AccessPolicies<TContext extends SubgraphContext = SubgraphContext> = Readonly<Record<string, TypePolicy<TContext>>>;

/**
 * Declares a policy over the type's model with its real types; the kit only
 * ever hands it objects that resolvers returned for that GraphQL type.
 */
export function definePolicy<TModel, TContext extends SubgraphContext>(policy: {
  canRead(model: TModel, context: TContext): boolean | Promise<boolean>;
  readonly audited?: boolean;
}): TypePolicy<TContext> {
  return policy as TypePolicy<TContext>;
}
