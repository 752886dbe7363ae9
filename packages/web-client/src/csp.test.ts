import { contentSecurityPolicy } from './csp';

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('contentSecurityPolicy', () => {
  it('lets the page call only its own origin and the gateway, over HTTP and WebSocket', () => {
    expect(connectSrc(contentSecurityPolicy('https://api.example.com/graphql'))).toBe(
      "connect-src 'self' https://api.example.com wss://api.example.com",
    );
    expect(connectSrc(contentSecurityPolicy(undefined))).toBe(
      "connect-src 'self' http://localhost:4000 ws://localhost:4000",
    );
  });

  it("needs nothing beyond 'self' for a gateway on the page's own origin", () => {
    expect(connectSrc(contentSecurityPolicy('/graphql'))).toBe("connect-src 'self'");
  });

  it('runs only the bundled scripts and denies everything not named', () => {
    const policy = contentSecurityPolicy(undefined);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });
});
