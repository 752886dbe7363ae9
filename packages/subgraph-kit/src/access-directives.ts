import { Kind, type ConstDirectiveNode, type DocumentNode, type ValueNode } from 'graphql';

/**
 * What Federation's `@authenticated` and `@requiresScopes` ask of one schema
 * element: a signed-in caller, and for each `@requiresScopes` one of its
 * alternatives (`[["ADMIN"], ["DOCTOR", "records:read"]]` = ADMIN, or DOCTOR
 * and records:read) fully held.
 */
export interface AccessRule {
  readonly authenticated: boolean;
  readonly scopes: readonly (readonly (readonly string[])[])[];
}

export const OPEN: AccessRule = { authenticated: false, scopes: [] };

export function mergeRules(...rules: (AccessRule | undefined)[]): AccessRule {
  const present = rules.filter((rule): rule is AccessRule => rule !== undefined);
  return { authenticated: present.some((r) => r.authenticated), scopes: present.flatMap((r) => r.scopes) };
}

export function isOpen(rule: AccessRule): boolean {
  return !rule.authenticated && rule.scopes.length === 0;
}

export interface AccessRules {
  /** Rules on object and interface types, by type name. */
  readonly types: ReadonlyMap<string, AccessRule>;
  /** Rules on fields, by `Type.field`. */
  readonly fields: ReadonlyMap<string, AccessRule>;
}

// A subgraph may import the directives (`@authenticated`) or use them namespaced.
const AUTHENTICATED = new Set(['authenticated', 'federation__authenticated']);
const REQUIRES_SCOPES = new Set(['requiresScopes', 'federation__requiresScopes']);

/** Reads the access directives of a subgraph's SDL, definitions and extensions alike. */
export function readAccessRules(typeDefs: DocumentNode): AccessRules {
  const types = new Map<string, AccessRule>();
  const fields = new Map<string, AccessRule>();
  const add = (map: Map<string, AccessRule>, key: string, rule: AccessRule) => {
    if (!isOpen(rule)) map.set(key, mergeRules(map.get(key), rule));
  };
  for (const definition of typeDefs.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      continue;
    const typeName = definition.name.value;
    add(types, typeName, ruleOf(definition.directives ?? []));
    for (const field of definition.fields ?? []) add(fields, `${typeName}.${field.name.value}`, ruleOf(field.directives ?? []));
  }
  return { types, fields };
}

function ruleOf(directives: readonly ConstDirectiveNode[]): AccessRule {
  let authenticated = false;
  const scopes: string[][][] = [];
  for (const directive of directives) {
    const name = directive.name.value;
    if (AUTHENTICATED.has(name)) authenticated = true;
    if (REQUIRES_SCOPES.has(name)) {
      const argument = directive.arguments?.find((arg) => arg.name.value === 'scopes');
      if (!argument) throw new Error('@requiresScopes needs its "scopes" argument');
      scopes.push(scopeAlternatives(argument.value));
    }
  }
  return { authenticated, scopes };
}

function scopeAlternatives(value: ValueNode): string[][] {
  if (value.kind !== Kind.LIST) throw new Error('@requiresScopes(scopes:) must be a list of lists of strings');
  return value.values.map((inner) => {
    if (inner.kind !== Kind.LIST) throw new Error('@requiresScopes(scopes:) must be a list of lists of strings');
    return inner.values.map((scope) => {
      if (scope.kind !== Kind.STRING) throw new Error('@requiresScopes scopes must be strings');
      return scope.value;
    });
  });
}
