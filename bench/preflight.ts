import { isDeepStrictEqual } from 'node:util';
import type { LoadRequest } from './load';

/** One request a run repeats, before its expected answer is known. */
export interface PlannedRequest {
  readonly url: string;
  readonly body: string;
  /** Sent besides `content-type`: credentials. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Sends the request once and checks the answer is a GraphQL result with data
 * and no errors; returns it as the body every response of the run must equal,
 * so a server that starts failing under load shows up as errors, not speed.
 */
export async function expectedAnswer(
  name: string,
  request: PlannedRequest,
  /** A mutation's answer differs each time: then only "no errors" is checked under load. */
  exact = true,
): Promise<{ request: LoadRequest; data: unknown }> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
  });
  const text = await response.text();
  let parsed: { data?: unknown; errors?: unknown } | undefined;
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // Reported below.
  }
  if (response.status !== 200 || !parsed?.data || parsed.errors)
    throw new Error(`${name}: ${request.url} answered ${response.status} ${text.slice(0, 500)}`);
  return {
    request: exact ? { ...request, expectBody: text } : { ...request, rejectErrors: true },
    data: parsed.data,
  };
}

/** Throws unless every gateway returned the same data for the operation as the first one. */
export function assertSameData(operation: string, answers: readonly { name: string; data: unknown }[]): void {
  const [first, ...rest] = answers;
  for (const other of rest) {
    if (first && !isDeepStrictEqual(first.data, other.data))
      throw new Error(`${operation}: ${other.name} returned different data than ${first.name}`);
  }
}
