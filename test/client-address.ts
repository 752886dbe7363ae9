import { request } from 'node:http';
import { gql, lastMailTo, SESSION_FIELDS, tokenIn, uniqueEmail, type SessionBody } from './accounts';
import { gatewayUrl, type GraphQLBody } from './stack';

/**
 * Requests that reach the gateway from another address: Linux routes all of
 * 127.0.0.0/8 to the loopback interface, so binding the client socket to
 * 127.0.0.N makes the gateway see a different client IP (the socket peer it
 * forwards as `x-client-ip`), with no header to trust. Each test takes its
 * own addresses, so per-IP limits of one test never touch another's.
 */
export function gqlFrom<T = Record<string, unknown>>(
  address: string,
  query: string,
  variables?: Record<string, unknown>,
  accessToken?: string,
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const url = new URL(gatewayUrl());
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          'content-length': Buffer.byteLength(payload),
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as GraphQLBody<T> });
          } catch {
            reject(new Error(`gateway answered ${res.statusCode} with a body that is not JSON: ${text.slice(0, 300)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export type LoginAnswer = { login: { session: SessionBody | null; twoFactorChallenge: { challengeToken: string } | null } };

export const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { session { ${SESSION_FIELDS} } twoFactorChallenge { challengeToken } } }`;

/** Signs in from `address`. */
export function loginFrom(address: string, email: string, password: string) {
  return gqlFrom<LoginAnswer>(address, LOGIN, { email, password });
}

/** The error code of an answer, or 'OK'. */
export function outcome(body: GraphQLBody<unknown>): string {
  const code = body.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'OK';
}

/** How many answers had each outcome. */
export function tally(bodies: readonly GraphQLBody<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const body of bodies) counts[outcome(body)] = (counts[outcome(body)] ?? 0) + 1;
  return counts;
}

/** A new patient account with a verified email, registered from `address` (registrations are limited per IP). */
export async function verifiedAccount(address: string, tag: string, password = 'correct horse battery'): Promise<{ email: string; password: string }> {
  const email = uniqueEmail(tag);
  const registered = await gqlFrom(address, 'mutation($input: RegisterInput!) { register(input: $input) { accepted } }', {
    input: { email, password, name: `${tag} tester` },
  });
  if (registered.body.errors) throw new Error(`register: ${JSON.stringify(registered.body.errors)}`);
  const verified = await gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: tokenIn(await lastMailTo(email), 'Verification') });
  if (verified.body.errors) throw new Error(`verifyEmail: ${JSON.stringify(verified.body.errors)}`);
  return { email, password };
}
