import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { isOpen, mergeRules, readAccessRules, type AccessRule } from './access-directives';
import type { AccessPolicies, TypePolicy } from './access-policy';
import { callerScopes } from './authorization';
import type { SubgraphContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

type Resolver = GraphQLFieldResolver<unknown, SubgraphContext>;
type ReferenceResolver = (reference: object, context: SubgraphContext, info: unknown) => unknown;

/**
 * The one place authorization is enforced in a subgraph. It walks the built
 * schema once at start and wraps only the fields that need it:
 *
 * - `@authenticated` / `@requiresScopes` on a field guard that field; on a
 *   type they guard its fields, every field returning it, and its
 *   `_entities` references. Anonymous → UNAUTHENTICATED, scopes missing → FORBIDDEN.
 * - A type's policy (ownership) is checked on every object of the type that
 *   leaves the subgraph: a single object the caller may not see is FORBIDDEN
 *   (null in `_entities`), a list keeps only the visible objects. Audited
 *   types record each object read.
 */
export function enforceAccess(schema: GraphQLSchema, typeDefs: DocumentNode, policies: AccessPolicies): void {
  const rules = readAccessRules(typeDefs);
  for (const name of Object.keys(policies)) {
    if (!isObjectType(schema.getType(name))) throw new Error(`Access policy for "${name}", which is not an object type of this subgraph`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRule = rules.types.get(type.name);
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type).name;
      const rule = mergeRules(rules.fields.get(`${type.name}.${field.name}`), typeRule, rules.types.get(returned));
      const policy = policies[returned];
      if (isOpen(rule) && !policy) continue;
      field.resolve = guardField(field.resolve ?? defaultFieldResolver, rule, policy && { name: returned, policy }, field.type);
    }
    const apollo = (type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } }).apollo;
    const policy = policies[type.name];
    if (isOpen(typeRule ?? { authenticated: false, scopes: [] }) && !policy) continue;
    const original = apollo?.subgraph?.resolveReference ?? ((reference: object) => reference);
    const guarded = guardReference(original, typeRule, policy && { name: type.name, policy });
    type.extensions = { ...type.extensions, apollo: { ...apollo, subgraph: { ...apollo?.subgraph, resolveReference: guarded } } };
  }
}

interface NamedPolicy {
  readonly name: string;
  readonly policy: TypePolicy;
}

/** Throws when the caller does not meet `rule`. */
export function checkRule(rule: AccessRule | undefined, context: SubgraphContext): void {
  if (!rule || isOpen(rule)) return;
  const caller = context.caller;
  if (!caller) throw new UnauthenticatedError('You must be signed in');
  const held = callerScopes(caller);
  for (const alternatives of rule.scopes) {
    if (!alternatives.some((all) => all.every((scope) => held.has(scope)))) {
      throw new ForbiddenError(`Requires ${alternatives.map((all) => all.join(' and ')).join(' or ')}`);
    }
  }
}

function guardField(resolve: Resolver, rule: AccessRule, named: NamedPolicy | undefined, type: GraphQLOutputType): Resolver {
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  return (source, args, context, info) => {
    checkRule(rule, context);
    const result = resolve(source, args, context, info);
    if (!named) return result;
    return list ? visibleItems(result, named, context) : visibleObject(result, named, context);
  };
}

function guardReference(resolve: ReferenceResolver, rule: AccessRule | undefined, named: NamedPolicy | undefined): ReferenceResolver {
  return (reference, context, info) => {
    checkRule(rule, context);
    const result = resolve(reference, context, info);
    return named ? visibleObject(result, named, context) : result;
  };
}

async function visibleObject(result: unknown, { name, policy }: NamedPolicy, context: SubgraphContext): Promise<unknown> {
  const model = await result;
  if (model === null || model === undefined) return model;
  if (!(await policy.canRead(model, context))) throw new ForbiddenError(`You may not see this ${name}`);
  if (policy.audited) context.audit.read(name, idOf(model));
  return model;
}

async function visibleItems(result: unknown, { name, policy }: NamedPolicy, context: SubgraphContext): Promise<unknown> {
  const items = await result;
  if (!Array.isArray(items)) return items;
  const settled = await Promise.all(items.map(async (item: unknown) => item !== null && item !== undefined && (await policy.canRead(item, context))));
  const visible = items.filter((_, i) => settled[i]);
  if (policy.audited) for (const item of visible) context.audit.read(name, idOf(item));
  return visible;
}

function idOf(model: unknown): string {
  const id = (model as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error('Audited objects need a string id');
  return id;
}
