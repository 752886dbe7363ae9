/**
 * Waits until every service answers `/readyz` with 200: database, NATS and,
 * for subgraphs with events, streams and consumers in place.
 */
export async function waitUntilReady(graphqlUrls: readonly string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const url of graphqlUrls) {
    const readyz = new URL('/readyz', url);
    for (;;) {
      const response = await fetch(readyz).catch(() => null);
      const body = response ? await response.text() : 'no answer';
      if (response?.status === 200) break;
      if (Date.now() > deadline)
        throw new Error(`${readyz} is not ready after ${timeoutMs / 1000} s: ${body}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
