import { parse } from 'graphql';
import { checkRule } from './access-control';
import { readAccessRules } from './access-directives';
import type { SubgraphContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

describe('access directives', () => {
  const rules = readAccessRules(
    parse(`
      type Appointment @key(fields: "id") @authenticated { id: ID! }
      type Query {
        open: String
        stats: String @requiresScopes(scopes: [["ADMIN"], ["DOCTOR", "stats:read"]])
      }
      extend type Query { audit: String @federation__requiresScopes(scopes: [["ADMIN"]]) }
    `),
  );
  const as = (roles: string[], scopes: string[] = []) =>
    ({ caller: { userId: 'u', roles, scopes, patientId: null, doctorId: null } }) as unknown as SubgraphContext;
  const anonymous = { caller: null } as unknown as SubgraphContext;

  it('reads type and field rules, definitions and extensions alike', () => {
    expect(rules.types.get('Appointment')).toEqual({ authenticated: true, scopes: [] });
    expect(rules.fields.has('Query.open')).toBe(false);
    expect(rules.fields.get('Query.stats')?.scopes).toEqual([[['ADMIN'], ['DOCTOR', 'stats:read']]]);
    expect(rules.fields.get('Query.audit')?.scopes).toEqual([[['ADMIN']]]);
  });

  it('wants a caller, then one full alternative of scopes', () => {
    const stats = rules.fields.get('Query.stats');
    expect(() => checkRule(rules.types.get('Appointment'), anonymous)).toThrow(UnauthenticatedError);
    expect(() => checkRule(stats, anonymous)).toThrow(UnauthenticatedError);
    expect(() => checkRule(stats, as(['ADMIN']))).not.toThrow();
    expect(() => checkRule(stats, as(['DOCTOR']))).toThrow(ForbiddenError);
    expect(() => checkRule(stats, as(['DOCTOR'], ['stats:read']))).not.toThrow();
    expect(() => checkRule(undefined, anonymous)).not.toThrow();
  });
});
