import { connect } from '@nats-io/transport-node';
import { natsAuthFrom } from '@telemed/event-bus/nats-auth';
import { natsControllable, natsUrl, subgraphUrl } from './stack';

/**
 * The test stack's own nats-server takes only its services' credentials
 * (docs/security.md#nats-credentials): a client without them, or with a
 * wrong password, cannot publish, subscribe or read streams.
 */
const ownServer = natsControllable() ? describe : describe.skip;

ownServer('NATS credentials', () => {
  const attempt = (options: Record<string, unknown>) =>
    connect({ servers: natsUrl(), reconnect: false, maxReconnectAttempts: 0, timeout: 2_000, ...options }).then(
      async (nc) => {
        await nc.close();
        return 'connected';
      },
      (error: Error) => error.message,
    );

  it('refuses a client without credentials, or with a wrong password', async () => {
    expect(await attempt({})).toMatch(/authorization/i);
    expect(await attempt({ user: process.env.NATS_USER, pass: 'not-the-password' })).toMatch(/authorization/i);
  });

  it('accepts the stack’s credentials, and every service is connected with them', async () => {
    expect(process.env.NATS_USER).toBeTruthy();
    expect(await attempt(natsAuthFrom(process.env))).toBe('connected');
    const ready = await (await fetch(new URL('/readyz', subgraphUrl('appointment')))).json();
    expect(ready).toMatchObject({ status: 'ready', checks: { nats: 'ok' } });
  });
});
