/** What a notification is about; each kind has one template (templates.ts). */
export const notificationKinds = [
  'APPOINTMENT_CONFIRMED',
  'APPOINTMENT_REMINDER',
  'APPOINTMENT_RESCHEDULED',
  'APPOINTMENT_CANCELLED',
  'PAYMENT_RECEIPT',
  'PAYMENT_REFUNDED',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export type Channel = 'EMAIL' | 'SMS' | 'IN_APP';

/** Template variables, all strings or numbers so they store as JSON unchanged. */
export type TemplateVariables = Readonly<Record<string, string | number | null>>;
