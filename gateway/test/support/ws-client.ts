import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client of a test gateway, and the close events it saw. */
export interface WsConnection {
  readonly client: Client;
  readonly closes: { code: number; reason: string }[];
}

/** Connects to `httpUrl`'s WebSocket without retries (a refusal must stay visible); `opened` collects clients to dispose. */
export function connectWs(httpUrl: string, connectionParams: Record<string, unknown>, opened: Client[]): WsConnection {
  const closes: { code: number; reason: string }[] = [];
  const client = createClient({
    url: httpUrl.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    on: { closed: (event) => void closes.push(event as { code: number; reason: string }) },
  });
  opened.push(client);
  return { client, closes };
}

/** Subscribes and collects what arrives; `done` settles when the stream ends, with its error or null. */
export function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  const errors: unknown[] = [];
  let unsubscribe = () => {};
  const done = new Promise<unknown>((resolve) => {
    unsubscribe = client.subscribe(
      { query, variables },
      { next: (r) => void results.push(r), error: (e) => (errors.push(e), resolve(e)), complete: () => resolve(null) },
    );
  });
  return { results, errors, done, unsubscribe: () => unsubscribe() };
}

/** Waits until `condition` holds, polling every 20 ms. */
export async function until(condition: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
