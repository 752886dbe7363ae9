import { busNames } from './names';

describe('busNames', () => {
  const names = busNames('t1a2b');

  it('prefixes subjects, streams and durables with the namespace', () => {
    expect(names.subject('payment.completed')).toBe('t1a2b.payment.completed');
    expect(names.typeOfSubject('t1a2b.payment.completed')).toBe('payment.completed');
    expect(names.stream('payment')).toBe('T1A2B_PAYMENT');
    expect(names.streamSubjects('payment')).toBe('t1a2b.payment.>');
    expect(names.durable('analytics-read-models', 'payment')).toBe('t1a2b_analytics-read-models_payment');
    expect(names.deadLetterStream).toBe('T1A2B_DEAD_LETTERS');
    expect(names.deadLetterSubject('notifications')).toBe('t1a2b.dead_letter.notifications');
  });

  it('has one stream per domain', () => {
    expect([...names.domains].sort()).toEqual([
      'appointment',
      'audit',
      'consultation',
      'identity',
      'notification',
      'payment',
      'storage',
      'waitlist',
    ]);
  });

  it('refuses names NATS would choke on', () => {
    expect(() => busNames('dev.stack')).toThrow('EVENT_NAMESPACE');
    expect(() => names.durable('Bad Name', 'payment')).toThrow('Consumer name');
  });
});
