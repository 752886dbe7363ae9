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

/** Until service tokens exist, subgraphs receive only the forwarded caller headers. */
export const noServiceCredentials: ServiceCredentials = () => ({});
