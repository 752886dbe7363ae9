import { as, bearer } from './auth';
import { gatewayUrl, graphql, type GraphQLResult } from './stack';

/** Runs an operation through the gateway, optionally with an access token. */
export function gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, accessToken?: string): Promise<GraphQLResult<T>> {
  return graphql<T>(gatewayUrl(), query, variables, accessToken ? { authorization: `Bearer ${accessToken}` } : undefined);
}

export interface SessionBody {
  accessToken: string;
  refreshToken: string;
  userId: string;
  role: string;
}

export const SESSION_FIELDS = 'accessToken refreshToken userId role';

export function login(email: string, password: string) {
  return gql<{ login: { session: SessionBody | null; twoFactorChallenge: { challengeToken: string } | null } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { session { ${SESSION_FIELDS} } twoFactorChallenge { challengeToken } } }`,
    { email, password },
  );
}

/** The newest dev-mailbox email to `to`, read as an admin. */
export async function lastMailTo(to: string): Promise<{ subject: string; body: string }> {
  const { body } = await graphql<{ devMailbox: { subject: string; body: string }[] }>(
    gatewayUrl(),
    'query($to: String!) { devMailbox(to: $to, first: 1) { subject body } }',
    { to },
    bearer(as.admin),
  );
  const mail = body.data?.devMailbox[0];
  if (!mail) throw new Error(`No mail to ${to}: ${JSON.stringify(body.errors)}`);
  return mail;
}

/** The one-time token a mail carries on its `<label> token: ...` line. */
export function tokenIn(mail: { body: string }, label: string): string {
  const match = new RegExp(`${label} token: (\\S+)`).exec(mail.body);
  if (!match) throw new Error(`No ${label} token in mail`);
  return match[1]!;
}

/** A fresh email address per test run, so reruns against a kept database never collide. */
export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@patients.telemed.example`;
}
