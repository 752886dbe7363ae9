import { randomBytes } from 'node:crypto';
import type { ReceivedSpan } from './otlp-receiver';
import { as, demo, ok, weekday } from './clinical';
import { collect, connect, disposeClients, LIVE_TEST_TIMEOUT_MS, SUBSCRIBE_SETTLE_MS, sleep, until } from './live';

/**
 * The test stack's services trace for real: each exports its spans over
 * OTLP/HTTP to the receiver global setup runs (test/otlp-receiver.ts). One
 * booking, sent with a trace context of the test's own, must come back as one
 * trace: gateway → appointment → (outbox, NATS) → payment's and identity's
 * consumers, and the subscription delivery at the gateway, each span a child
 * of the one that caused it.
 */
afterAll(disposeClients);

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

async function spansOf(traceId: string): Promise<ReceivedSpan[]> {
  const response = await fetch(`${process.env.TEST_OTLP_RECEIVER_URL}/traces/${traceId}`);
  return (await response.json()) as ReceivedSpan[];
}

/** The span `span` descends from in `spans`, walking up until `ancestor` matches. */
function descendsFrom(spans: readonly ReceivedSpan[], span: ReceivedSpan, ancestor: (s: ReceivedSpan) => boolean): boolean {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  for (let parent = byId.get(span.parentSpanId); parent; parent = byId.get(parent.parentSpanId)) if (ancestor(parent)) return true;
  return false;
}

describe('one booking, one trace', () => {
  const doctor = demo.doctors[2]!;
  const patientIndex = 4;
  const patient = as.patient(patientIndex);

  it('spans gateway, appointment, NATS, the payment and notification consumers and the subscription delivery', async () => {
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { id: doctor.id, from: weekday(91).toISOString(), to: weekday(98).toISOString() },
      patient,
    );
    const startsAt = slots.doctor.availableSlots[0]!.startsAt;
    const changes = collect<{ appointmentChanged: { id: string } }>(connect(patient), 'subscription { appointmentChanged { id } }');
    await sleep(SUBSCRIBE_SETTLE_MS);

    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
      'mutation Book($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
      { input: { doctorId: doctor.id, startsAt, reason: 'Traced visit' } },
      { ...patient, traceparent: `00-${traceId}-${callerSpanId}-01` },
    );
    await until('the booking to be pushed to its subscriber', () =>
      changes.results.some((r) => r.data?.appointmentChanged.id === bookAppointment.id),
    );

    const consumed = (spans: readonly ReceivedSpan[], service: string, consumer: string) =>
      spans.find((s) => s.service === service && s.kind === CONSUMER && s.attributes['messaging.consumer.group.name'] === consumer);
    let spans: ReceivedSpan[] = [];
    await until('the trace to reach the payment and notification consumers and the subscription delivery', async () => {
      spans = await spansOf(traceId);
      return (
        !!consumed(spans, 'payment', 'payment-requests') &&
        !!consumed(spans, 'identity', 'identity-notifications') &&
        spans.some((s) => s.service === 'gateway' && s.name === 'subscription event')
      );
    });

    // The gateway continues the caller's trace: its server span is the child of the caller's span.
    const gatewayServer = spans.find((s) => s.service === 'gateway' && s.kind === SERVER && s.parentSpanId === callerSpanId);
    expect(gatewayServer).toBeDefined();
    // The query plan's fetch to appointment names the subgraph, and appointment's server span is its child.
    const fetch = spans.find((s) => s.service === 'gateway' && s.name.startsWith('gateway.fetch') && s.attributes.service === 'appointment');
    expect(fetch).toBeDefined();
    const appointmentServer = spans.find((s) => s.service === 'appointment' && s.kind === SERVER);
    expect(appointmentServer).toBeDefined();
    const client = spans.find((s) => s.spanId === appointmentServer!.parentSpanId);
    expect(client).toMatchObject({ service: 'gateway', kind: CLIENT });
    expect(descendsFrom(spans, client!, (s) => s.spanId === fetch!.spanId)).toBe(true);
    // The booking's SQL is traced under appointment's request, without its values.
    const insert = spans.find((s) => s.service === 'appointment' && /insert into "appointment"/i.test(String(s.attributes['db.statement'] ?? s.attributes['db.query.text'] ?? '')));
    expect(insert).toBeDefined();
    expect(descendsFrom(spans, insert!, (s) => s.spanId === appointmentServer!.spanId)).toBe(true);
    expect(JSON.stringify(insert!.attributes)).not.toContain('Traced visit');

    // The relay publishes, and the consumers handle, under the span that recorded the event.
    const recordedUnderRequest = (s: ReceivedSpan) => descendsFrom(spans, s, (a) => a.spanId === appointmentServer!.spanId);
    const publish = spans.find((s) => s.service === 'appointment' && s.kind === PRODUCER && s.name === 'publish appointment.scheduled');
    expect(publish).toBeDefined();
    expect(recordedUnderRequest(publish!)).toBe(true);
    const payment = consumed(spans, 'payment', 'payment-requests')!;
    expect(payment.name).toBe('process appointment.scheduled');
    expect(recordedUnderRequest(payment)).toBe(true);
    const notification = consumed(spans, 'identity', 'identity-notifications')!;
    expect(recordedUnderRequest(notification)).toBe(true);
    // The payment consumer's own work (its SQL, its call to provider for the fee) is its child.
    expect(spans.some((s) => s.service === 'payment' && s.kind === CLIENT && descendsFrom(spans, s, (a) => a.spanId === payment.spanId))).toBe(true);

    // The subscriber's update was resolved in the same trace, under the event's span in appointment.
    const delivery = spans.find((s) => s.service === 'gateway' && s.name === 'subscription event')!;
    expect(recordedUnderRequest(delivery)).toBe(true);

    // Probes and scrapes are not traced.
    expect(spans.some((s) => /healthz|readyz|metrics/.test(String(s.attributes['url.path'] ?? s.attributes['http.target'] ?? '')))).toBe(false);
    changes.unsubscribe();
  }, LIVE_TEST_TIMEOUT_MS);

  it('keeps GraphQL variables and file-link tokens out of span attributes', async () => {
    const traceId = randomBytes(16).toString('hex');
    const secret = `phi-${randomBytes(6).toString('hex')}`;
    const url = new URL(process.env.GATEWAY_URL!);
    url.searchParams.set('query', 'query Me($note: String) { me { id } }');
    url.searchParams.set('variables', JSON.stringify({ note: secret }));
    await fetch(url, { headers: { ...patient, 'apollo-require-preflight': 'true', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } });
    await fetch(new URL(`/files/${secret}`, url), { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } });
    let spans: ReceivedSpan[] = [];
    await until('the gateway to export both requests', async () => {
      spans = await spansOf(traceId);
      return spans.filter((s) => s.service === 'gateway' && s.kind === SERVER).length >= 2;
    });
    expect(JSON.stringify(spans)).not.toContain(secret);
  });
});
