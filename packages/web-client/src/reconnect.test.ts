import { INITIAL_RECONNECT_STATE, onSocketEvent, reconnectTracker, type SocketEvent } from './reconnect';

const connected: SocketEvent = { type: 'connected' };
const closed = (code: unknown): SocketEvent => ({ type: 'closed', code });

/** Which of `events` would refetch, from a fresh state. */
function refetches(events: readonly SocketEvent[]): boolean[] {
  let state = INITIAL_RECONNECT_STATE;
  return events.map((event) => {
    const next = onSocketEvent(state, event);
    state = next.state;
    return next.refetch;
  });
}

describe('onSocketEvent', () => {
  it('does not refetch on the first connection (the screens just queried)', () => {
    expect(refetches([connected])).toEqual([false]);
  });

  it('refetches when the socket connects again after a 4401 close or a network drop', () => {
    expect(refetches([connected, closed(4401), connected])).toEqual([false, false, true]);
    expect(refetches([connected, closed(1006), connected])).toEqual([false, false, true]);
  });

  it('refetches once per re-connection, however many attempts failed before it', () => {
    expect(refetches([connected, closed(1006), closed(1006), closed(4401), connected, connected])).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('does not refetch after the idle close of lazy mode (1000: no screen was live)', () => {
    expect(refetches([connected, closed(1000), connected])).toEqual([false, false, false]);
  });

  it('does not count a failed first attempt as a re-connection', () => {
    expect(refetches([closed(1006), closed(4401), connected])).toEqual([false, false, false]);
  });

  it('treats a close without a code (an Error from the socket) as a loss', () => {
    expect(refetches([connected, closed(undefined), connected])).toEqual([false, false, true]);
  });
});

describe('reconnectTracker', () => {
  it('reads the code off graphql-ws close events and calls refetch once per re-connection', () => {
    const refetch = jest.fn();
    const tracker = reconnectTracker(refetch);
    tracker.connected();
    tracker.closed({ code: 1000, reason: 'Normal Closure' });
    tracker.connected();
    expect(refetch).not.toHaveBeenCalled();
    tracker.closed({ code: 4401, reason: 'Access token expired' });
    tracker.closed(new Error('socket error'));
    tracker.connected();
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
