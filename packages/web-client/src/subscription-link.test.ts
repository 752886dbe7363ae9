import type { AccessTokens } from './access-tokens';
import { createSubscriptionLink } from './subscription-link';

/** Just enough of a graphql-ws server behind a WebSocket: acks connection_init, answers a subscribe once. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  readonly sent: { type: string; payload?: unknown; id?: string }[] = [];
  closedWith: number | null = null;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor() {
    FakeSocket.all.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.({});
    });
  }

  send(data: string): void {
    const message = JSON.parse(data) as { type: string; id?: string };
    this.sent.push(message);
    const reply = (answer: object) => setTimeout(() => this.onmessage?.({ data: JSON.stringify(answer) }));
    if (message.type === 'connection_init') reply({ type: 'connection_ack' });
    if (message.type === 'subscribe')
      reply({ type: 'next', id: message.id, payload: { data: { live: true } } });
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState >= FakeSocket.CLOSING) return;
    this.readyState = FakeSocket.CLOSING;
    this.closedWith = code;
    setTimeout(() => {
      this.readyState = FakeSocket.CLOSED;
      this.onclose?.({ code, reason, wasClean: true });
    });
  }
}

beforeEach(() => {
  FakeSocket.all = [];
});

describe('createSubscriptionLink', () => {
  it('retries the connection when the token cannot be had for now, instead of failing the subscriptions', async () => {
    let calls = 0;
    const tokens: AccessTokens = {
      current: async () => {
        calls++;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return 'renewed';
      },
      refused: () => undefined,
    };
    const { client } = createSubscriptionLink({
      url: 'ws://gateway.test/graphql',
      tokens,
      webSocketImpl: FakeSocket,
      retryWait: async () => undefined,
    });
    const result = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { live }' },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    expect(result).toEqual({ data: { live: true } });
    expect(FakeSocket.all.map((s) => s.closedWith)).toEqual([4499, null]);
    // Nothing went out on the first socket; the second authenticated with the renewed token.
    expect(FakeSocket.all[0]!.sent).toEqual([]);
    expect(FakeSocket.all[1]!.sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer renewed' },
    });
    await client.dispose();
  });
});
