import type { NotificationKind, TemplateVariables } from './notification-kind';

/** A notification rendered for its channels. */
export interface Rendered {
  /** In-app title and email subject. */
  readonly title: string;
  /** In-app text and the heart of the email. */
  readonly body: string;
  /** At most 160 characters. */
  readonly sms: string;
}

// Patients' time zones are not known yet: say UTC rather than guess.
const WHEN = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const SHORT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

const when = (iso: unknown) => `${WHEN.format(new Date(String(iso)))} UTC`;
const short = (iso: unknown) => `${SHORT.format(new Date(String(iso)))} UTC`;
const money = (cents: unknown, currency: unknown) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: String(currency ?? 'USD') }).format(
    Number(cents) / 100,
  );

const templates: Record<NotificationKind, (v: TemplateVariables) => Rendered> = {
  APPOINTMENT_CONFIRMED: (v) => ({
    title: 'Appointment confirmed',
    body: `Your appointment on ${when(v.startsAt)} is confirmed. You can join the consultation from the app a few minutes before it starts.`,
    sms: `Telemed: appointment confirmed for ${short(v.startsAt)}.`,
  }),
  APPOINTMENT_REMINDER: (v) => ({
    title: 'Your appointment is tomorrow',
    body: `A reminder: your appointment is on ${when(v.startsAt)}. If you cannot make it, please cancel or reschedule in the app.`,
    sms: `Telemed reminder: appointment ${short(v.startsAt)}. Reschedule in the app if needed.`,
  }),
  APPOINTMENT_RESCHEDULED: (v) => ({
    title: 'Appointment moved',
    body: `Your appointment has moved from ${when(v.previousStartsAt)} to ${when(v.startsAt)}.`,
    sms: `Telemed: appointment moved to ${short(v.startsAt)}.`,
  }),
  APPOINTMENT_CANCELLED: (v) => ({
    title: 'Appointment cancelled',
    // No reason: free text is PHI, kept in the app, never sent by email or SMS.
    body: `Your appointment on ${when(v.startsAt)} was cancelled. You can book another time in the app.`,
    sms: `Telemed: appointment ${short(v.startsAt)} cancelled.`,
  }),
  PAYMENT_RECEIPT: (v) => ({
    title: 'Payment received',
    body: `We received your payment of ${money(v.amountCents, v.currency)}. Reference: ${v.paymentId}.`,
    sms: `Telemed: payment of ${money(v.amountCents, v.currency)} received.`,
  }),
  PAYMENT_REFUNDED: (v) => ({
    title: 'Payment refunded',
    body: `Your payment of ${money(v.amountCents, v.currency)} was refunded${v.reason ? ` (${v.reason})` : ''}. It may take a few days to appear on your statement.`,
    sms: `Telemed: ${money(v.amountCents, v.currency)} refunded.`,
  }),
};

export function render(kind: NotificationKind, variables: TemplateVariables): Rendered {
  const rendered = templates[kind](variables);
  return { ...rendered, sms: rendered.sms.slice(0, 160) };
}

/** The email around a rendered notification. */
export function emailText(recipientName: string, rendered: Rendered): string {
  return `Hello ${recipientName},\n\n${rendered.body}\n\nThe Telemed team\n`;
}
