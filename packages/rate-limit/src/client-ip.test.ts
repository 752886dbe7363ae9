import { clientIpOf, ipBucket, normaliseIp, NO_TRUSTED_PROXIES, parseTrustedProxies } from './client-ip';

const request = (peer: string | undefined, forwardedFor?: string | string[]) => ({
  socket: { remoteAddress: peer },
  headers: { 'x-forwarded-for': forwardedFor },
});

describe('clientIpOf', () => {
  const proxies = parseTrustedProxies('10.0.0.0/8, 192.0.2.1, fd00::/8');

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientIpOf(request('203.0.113.9', '198.51.100.1'), proxies)).toBe('203.0.113.9');
    expect(clientIpOf(request('203.0.113.9', '198.51.100.1'), NO_TRUSTED_PROXIES)).toBe('203.0.113.9');
    expect(clientIpOf(request('10.1.2.3', '198.51.100.1'), NO_TRUSTED_PROXIES)).toBe('10.1.2.3');
  });

  it('believes a trusted proxy, and takes the rightmost address that is not a proxy', () => {
    expect(clientIpOf(request('10.1.2.3', '198.51.100.1'), proxies)).toBe('198.51.100.1');
    // The caller wrote "1.1.1.1" itself; the proxies appended what they saw.
    expect(clientIpOf(request('10.1.2.3', '1.1.1.1, 198.51.100.1, 192.0.2.1'), proxies)).toBe('198.51.100.1');
    expect(clientIpOf(request('10.1.2.3', ['1.1.1.1', '198.51.100.1']), proxies)).toBe('198.51.100.1');
    expect(clientIpOf(request('fd00::1', '2001:db8::7'), proxies)).toBe('2001:db8::7');
  });

  it('stops at a garbled entry and keeps the last trusted hop', () => {
    expect(clientIpOf(request('10.1.2.3', '198.51.100.1, not-an-ip'), proxies)).toBe('10.1.2.3');
    expect(clientIpOf(request('10.1.2.3', '198.51.100.1, not-an-ip, 192.0.2.1'), proxies)).toBe('192.0.2.1');
    expect(clientIpOf(request('10.1.2.3', ''), proxies)).toBe('10.1.2.3');
    expect(clientIpOf(request('10.1.2.3', '10.9.9.9'), proxies)).toBe('10.9.9.9');
  });

  it('gives IPv4-mapped peers as IPv4, and null without a socket address', () => {
    expect(clientIpOf(request('::ffff:10.1.2.3', '198.51.100.1'), proxies)).toBe('198.51.100.1');
    expect(clientIpOf(request('::ffff:127.0.0.1'), NO_TRUSTED_PROXIES)).toBe('127.0.0.1');
    expect(clientIpOf(request(undefined, '198.51.100.1'), proxies)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it('refuses entries that are not addresses or ranges', () => {
    for (const bad of ['10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1', '::1/129', '10.0.0.0/x']) {
      expect(() => parseTrustedProxies(bad)).toThrow('TRUSTED_PROXIES');
    }
    expect(parseTrustedProxies(' ').description).toEqual([]);
    expect(parseTrustedProxies('127.0.0.1, ::1').trusts('::1')).toBe(true);
  });
});

describe('ipBucket and normaliseIp', () => {
  it('counts IPv6 callers by their /64 and IPv4 callers by address', () => {
    expect(ipBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(ipBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(ipBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipBucket('::1')).toBe('0:0:0:0::/64');
    expect(ipBucket('203.0.113.9')).toBe('203.0.113.9');
    expect(normaliseIp('2001:DB8::1')).toBe('2001:db8::1');
    expect(normaliseIp('not-an-ip')).toBeNull();
  });
});
