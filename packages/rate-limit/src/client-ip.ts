import { BlockList, isIP } from 'node:net';

/**
 * The addresses whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`): the
 * load balancers and reverse proxies in front of the gateway. Nobody else's:
 * any caller can write that header.
 */
export interface TrustedProxies {
  /** Whether `address` (already normalised) is one of the trusted proxies. */
  trusts(address: string): boolean;
  /** The configuration as given, for logs. */
  readonly description: readonly string[];
}

/** No proxy is trusted: the socket's peer is the client. */
export const NO_TRUSTED_PROXIES: TrustedProxies = { trusts: () => false, description: [] };

/**
 * Parses `TRUSTED_PROXIES`: comma-separated IPv4/IPv6 addresses and CIDR
 * ranges (`10.0.0.0/8, 127.0.0.1, fd00::/8`). An entry that does not parse
 * stops start-up: a typo here would silently make every client one address,
 * or trust a forged header.
 */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (!entries.length) return NO_TRUSTED_PROXIES;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    if (!family || extra !== undefined) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    }
    list.addSubnet(address, bits, type);
  }
  return {
    trusts: (address) => {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
    description: entries,
  };
}

/** The parts of a request the rule reads (a `node:http` request has them). */
export interface ClientIpSource {
  readonly socket: { readonly remoteAddress?: string | undefined };
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * The caller's address, the one rule of the platform (gateway rate limits,
 * the `x-client-ip` it forwards, and so identity's per-IP sign-in limits):
 *
 * - the socket's peer, unless that peer is a trusted proxy;
 * - from a trusted proxy, `X-Forwarded-For` is read right to left (each proxy
 *   appends the address it saw) and the first address that is not itself a
 *   trusted proxy is the client;
 * - an entry that is not an IP address ends the walk at the last trusted hop,
 *   which is then the client (a garbled header never yields a chosen address).
 *
 * IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are given as IPv4. Null only
 * when the socket has no address (it closed).
 */
export function clientIpOf(req: ClientIpSource, trusted: TrustedProxies): string | null {
  const peer = normaliseIp(req.socket.remoteAddress);
  if (!peer || !trusted.trusts(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!.trim();
    if (!hop) continue;
    const address = normaliseIp(hop);
    if (!address) return client;
    client = address;
    if (!trusted.trusts(address)) return address;
  }
  return client;
}

/** The address in canonical form, or null when `value` is not an IP address. */
export function normaliseIp(value: string | undefined): string | null {
  if (!value) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  const address = mapped ? mapped[1]! : value;
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * What a per-IP limit counts by: an IPv4 address, or the /64 of an IPv6 one
 * (one subscriber usually holds a whole /64, so counting single IPv6
 * addresses would give each caller billions of allowances).
 */
export function ipBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // Expand `::` so the first four groups are always the first four of eight.
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
