import { as, bearer } from '../../../test/auth';
import { gatewayUrl, graphql } from '../../../test/stack';
import { expectNoEventLostDuringOutage, itWithOwnNats } from '../../../test/events';
import { insertPendingPayments } from './fixtures';

const since = new Date(Date.now() - 60_000).toISOString();
const until = new Date(Date.now() + 86_400_000).toISOString();

async function paymentsCapturedByAnalytics(): Promise<number> {
  const { body } = await graphql<{ platformMetrics: { paymentsCaptured: number } }>(
    gatewayUrl(),
    'query($from: DateTime!, $to: DateTime!) { platformMetrics(from: $from, to: $to) { paymentsCaptured } }',
    { from: since, to: until },
    bearer(as.admin),
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.platformMetrics.paymentsCaptured;
}

describe('platformMetrics', () => {
  it('is for admins only', async () => {
    const query =
      'query($from: DateTime!, $to: DateTime!) { platformMetrics(from: $from, to: $to) { paymentsCaptured } }';
    for (const caller of [as.patient(), as.doctor()]) {
      const { body } = await graphql(gatewayUrl(), query, { from: since, to: until }, bearer(caller));
      expect(body.errors?.[0]).toMatchObject({
        path: ['platformMetrics'],
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const anonymous = await graphql(gatewayUrl(), query, { from: since, to: until });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('NATS down while payments are captured', () => {
  itWithOwnNats(
    'loses no event: 100 captures succeed, analytics counts exactly 100 once NATS is back',
    async () => {
      const payments = await insertPendingPayments(100);
      const { drainMs } = await expectNoEventLostDuringOutage({
        count: payments.length,
        act: async (i) => {
          const { body } = await graphql(
            gatewayUrl(),
            'mutation($id: ID!) { capturePayment(paymentId: $id) { status } }',
            { id: payments[i]!.id },
            bearer(as.admin),
          );
          expect(body).toEqual({ data: { capturePayment: { status: 'COMPLETED' } } });
        },
        observed: paymentsCapturedByAnalytics,
      });
      console.log(`100 events relayed and consumed ${drainMs} ms after NATS came back`);
    },
    120_000,
  );
});
