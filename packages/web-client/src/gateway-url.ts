/** The gateway's WebSocket URL: the same `/graphql` path, over ws:// or wss://. */
export function webSocketUrlOf(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
