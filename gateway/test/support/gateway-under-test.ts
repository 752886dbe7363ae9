import { Writable } from 'node:stream';
import pino from 'pino';
import { generateKeyPairSync } from 'node:crypto';
import { signAccessToken, type AccessTokenSubject } from '@telemed/auth/access-token';
import { localKeyResolver } from '@telemed/auth/jwks';
import { signingKeyFromPem } from '@telemed/auth/signing-key';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway';
import { noServiceCredentials } from '../../src/service-credentials';

// Stands in for identity's key: the gateway under test verifies callers with it.
const callerKey = signingKeyFromPem(
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
);

/** A valid access token for the gateway under test. */
export function callerToken(subject: AccessTokenSubject = { userId: 'u-1', roles: ['PATIENT'] }, ttlSeconds?: number): string {
  return signAccessToken(subject, callerKey, ttlSeconds);
}

/** A gateway listening on a free port, with its log lines captured as parsed JSON. */
export interface GatewayUnderTest {
  readonly url: string;
  readonly base: string;
  /** The operations listener (`/readyz`, `/metrics`). */
  readonly ops: string;
  readonly gateway: Gateway;
  readonly logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startGateway(options: Omit<GatewayOptions, 'logger'>): Promise<GatewayUnderTest> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  // The small subgraphs of these tests check no service token.
  const gateway = await createGateway({
    serviceCredentials: noServiceCredentials,
    resolveKey: localKeyResolver([callerKey]),
    ...options,
    logger,
  });
  const port = await gateway.service.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const ops = `http://127.0.0.1:${await gateway.service.listenOperations(0, '127.0.0.1')}`;
  return { url: `${base}/graphql`, base, ops, gateway, logs, close: () => gateway.service.close() };
}

export interface GraphQLResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
  readonly text: string;
}

/** POSTs a JSON GraphQL request the way a browser app would (JSON content type, so no CSRF block). */
export async function post(
  url: string,
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<GraphQLResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  return read(response);
}

export async function read(response: Response): Promise<GraphQLResult> {
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as GraphQLResult['body']) : {},
    text,
  };
}
