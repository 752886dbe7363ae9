import { randomUUID } from 'node:crypto';
import { catalogue, domainOf, eventTypes } from './catalogue/index';
import { EventValidationError } from './errors';
import { aggregateIdOf, createEvent, validateEvent } from './validate';

const payment = () => ({
  payment_id: randomUUID(),
  appointment_id: randomUUID(),
  patient_id: randomUUID(),
  amount_cents: 7_500,
  currency: 'USD',
  captured_at: '2026-11-23T09:30:00.000Z',
});

describe('the event catalogue', () => {
  it('holds every event the platform publishes', () => {
    expect(eventTypes.sort()).toEqual([
      'appointment.cancelled',
      'appointment.completed',
      'appointment.rescheduled',
      'appointment.scheduled',
      'audit.phi_accessed',
      'audit.phi_modified',
      'consultation.updated',
      'identity.user_registered',
      'notification.created',
      'payment.cancelled',
      'payment.completed',
      'payment.failed',
      'payment.refunded',
      'storage.file_uploaded',
      'waitlist.joined',
      'waitlist.offered',
    ]);
  });

  it.each(eventTypes)('%s names an aggregate field its current schema has', (type) => {
    const definition = catalogue[type];
    const schema = definition.versions[definition.current as keyof typeof definition.versions] as {
      shape: object;
    };
    expect(Object.keys(schema.shape)).toContain(definition.aggregate);
    expect(domainOf(type)).toMatch(/^[a-z]+$/);
  });
});

describe('createEvent', () => {
  it('fills the envelope and validates it', () => {
    const data = payment();
    const event = createEvent({
      type: 'payment.completed',
      data,
      source: 'payment',
      correlationId: 'corr-1',
      userId: 'u-1',
    });
    expect(event).toMatchObject({
      event_type: 'payment.completed',
      event_version: 1,
      source_service: 'payment',
      correlation_id: 'corr-1',
      user_id: 'u-1',
      data,
    });
    expect(event.event_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(aggregateIdOf(event)).toBe(data.payment_id);
  });

  it('refuses bad data with every problem and its path', () => {
    const create = () =>
      createEvent({
        type: 'payment.completed',
        data: { ...payment(), amount_cents: -1, currency: 'usd' },
        source: 'payment',
        correlationId: 'corr-1',
      });
    expect(create).toThrow(EventValidationError);
    expect(create).toThrow(
      /^Event "payment.completed" v1 is invalid: data.amount_cents: .+; data.currency: must be an ISO 4217 code/,
    );
  });

  it('refuses fields the catalogue does not define', () => {
    expect(() =>
      createEvent({
        type: 'payment.completed',
        data: { ...payment(), card_number: '4242' } as never,
        source: 'payment',
        correlationId: 'corr-1',
      }),
    ).toThrow(/data: Unrecognized key: "card_number"/);
  });
});

describe('validateEvent', () => {
  const valid = () =>
    createEvent({ type: 'payment.completed', data: payment(), source: 'payment', correlationId: 'c' });

  it('refuses unknown types and versions', () => {
    expect(() => validateEvent({ ...valid(), event_type: 'payment.stolen' }, { strict: true })).toThrow(
      '"payment.stolen" is not in the event catalogue',
    );
    expect(() => validateEvent({ ...valid(), event_version: 9 }, { strict: true })).toThrow(
      'version 9 is not catalogued (known: 1)',
    );
  });

  it('refuses a broken envelope', () => {
    expect(() =>
      validateEvent({ ...valid(), event_id: 'nope', correlation_id: '' }, { strict: true }),
    ).toThrow(/Event envelope is invalid: event_id: .+; correlation_id: /);
  });

  it('lets consumers read fields a newer producer added (lenient), producers may not (strict)', () => {
    const event = { ...valid(), data: { ...valid().data, new_optional_field: 1 } };
    expect(validateEvent(event, { strict: false }).data).not.toHaveProperty('new_optional_field');
    expect(() => validateEvent(event, { strict: true })).toThrow(EventValidationError);
  });
});

describe('trace context in the envelope', () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  const event = (trace?: { traceparent?: string; tracestate?: string }) =>
    createEvent({ type: 'payment.completed', data: payment(), source: 'payment', correlationId: 'c-1', trace });

  it('travels with the event when there is one, and is absent otherwise', () => {
    expect(event({ traceparent, tracestate: 'vendor=1' })).toMatchObject({ traceparent, tracestate: 'vendor=1' });
    const plain = event({});
    expect('traceparent' in plain).toBe(false);
    expect('tracestate' in plain).toBe(false);
    // A tracestate alone means nothing: it is dropped.
    expect('tracestate' in event({ tracestate: 'vendor=1' })).toBe(false);
  });

  it('is refused from producers in any other shape than W3C traceparent', () => {
    for (const bad of ['00-XYZ-00f067aa0ba902b7-01', `${traceparent}\nlevel=fatal`, '00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01', 'x'.repeat(10_000)]) {
      expect(() => event({ traceparent: bad })).toThrow(EventValidationError);
    }
    expect(() => event({ traceparent, tracestate: 'k=v,'.repeat(200) })).toThrow(EventValidationError);
  });

  it('that is malformed costs a consumer only the trace, never the event', () => {
    const good = event({ traceparent });
    const hostile = { ...good, traceparent: '<script>', tracestate: 'x'.repeat(600) };
    const parsed = validateEvent(hostile, { strict: false });
    expect(parsed).toMatchObject({ event_id: good.event_id, data: good.data });
    expect('traceparent' in parsed).toBe(false);
    expect('tracestate' in parsed).toBe(false);
    // A valid parent with an oversized state keeps the parent.
    expect(validateEvent({ ...good, tracestate: 'x'.repeat(600) }, { strict: false })).toMatchObject({ traceparent });
    expect(() => validateEvent(hostile, { strict: true })).toThrow(EventValidationError);
  });
});
