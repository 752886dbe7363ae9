/**
 * Federation marks `@authenticated` and `@requiresScopes` as `for: SECURITY`
 * in the supergraph: a router that does not enforce them must refuse to load
 * it rather than silently drop them. @apollo/gateway does not enforce them, so
 * it refuses. On this platform every subgraph enforces them itself (the
 * subgraph kit's access control), which is where the data is; the gateway
 * acknowledges that by dropping the `for: SECURITY` purpose of exactly these
 * two features before loading. Any other security feature still stops it.
 */
const ENFORCED_BY_SUBGRAPHS = ['https://specs.apollo.dev/authenticated/', 'https://specs.apollo.dev/requiresScopes/'];

export function acknowledgeSubgraphEnforcedSecurity(supergraphSdl: string): string {
  return supergraphSdl.replace(/@link\(url: "([^"]+)", for: SECURITY\)/g, (link, url: string) =>
    ENFORCED_BY_SUBGRAPHS.some((prefix) => url.startsWith(prefix)) ? `@link(url: "${url}")` : link,
  );
}
