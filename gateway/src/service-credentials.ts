import { SERVICE_TOKEN_HEADER, type ServiceTokenSigner } from '@telemed/auth/service-token';

/**
 * Headers that prove to one subgraph that a request came through the gateway.
 *
 * This is the single place where gateway-signed service tokens plug in: an
 * implementation signs a short-lived token whose audience is `subgraph` (and
 * should cache it until shortly before it expires, since it runs once per
 * subgraph fetch). Returning a plain object keeps the hot path free of a
 * promise when no signing is needed.
 */
export type ServiceCredentials = (
  subgraph: string,
) => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;

/** For gateways in front of subgraphs that check no service token (the gateway's own tests). */
export const noServiceCredentials: ServiceCredentials = () => ({});

/** `x-service-token`: an RS256 token the gateway signs with its own key, `aud` = the subgraph. */
export function serviceTokenCredentials(tokenFor: ServiceTokenSigner): ServiceCredentials {
  return (subgraph) => ({ [SERVICE_TOKEN_HEADER]: tokenFor(subgraph) });
}
