import { notificationKinds } from './notification-kind';
import { emailText, render } from './templates';

describe('notification templates', () => {
  const variables = {
    startsAt: '2026-11-24T14:00:00.000Z',
    previousStartsAt: '2026-11-24T09:00:00.000Z',
    amountCents: 7_500,
    currency: 'USD',
    paymentId: 'pay-1',
    reason: 'Doctor unwell',
  };

  it('renders times in UTC and money from cents', () => {
    expect(render('APPOINTMENT_CONFIRMED', variables).body).toContain('Tuesday, November 24 at 2:00 PM UTC');
    expect(render('APPOINTMENT_RESCHEDULED', variables).body).toContain(
      'from Tuesday, November 24 at 9:00 AM UTC to Tuesday, November 24 at 2:00 PM UTC',
    );
    expect(render('PAYMENT_RECEIPT', variables).body).toContain('$75.00');
    expect(render('APPOINTMENT_CANCELLED', variables).body).toContain('was cancelled.');
    expect(render('APPOINTMENT_CANCELLED', variables).body).not.toContain('Doctor unwell');
  });

  it.each(notificationKinds)('%s fits an SMS and has a title', (kind) => {
    const rendered = render(kind, variables);
    expect(rendered.title.length).toBeGreaterThan(0);
    expect(rendered.sms.length).toBeLessThanOrEqual(160);
  });

  it('greets by name in email', () => {
    expect(emailText('Emma Rossi', render('PAYMENT_REFUNDED', variables))).toMatch(
      /^Hello Emma Rossi,\n\nYour payment of \$75.00 was refunded \(Doctor unwell\)/,
    );
  });
});
