import { acknowledgeSubgraphEnforcedSecurity } from './supergraph-security';

describe('acknowledgeSubgraphEnforcedSecurity', () => {
  it('drops for: SECURITY from @authenticated and @requiresScopes only', () => {
    const sdl = [
      '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    ].join('\n');
    expect(acknowledgeSubgraphEnforcedSecurity(sdl).split('\n')).toEqual([
      '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1")',
      '@link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1")',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    ]);
  });
});
