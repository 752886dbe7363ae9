import { EntitySchema } from '@mikro-orm/core';

export type MailStatus = 'PENDING' | 'SENT' | 'FAILED' | 'DEV_MAILBOX';

/**
 * The mail outbox: every email is written here first, in the transaction of
 * what caused it; the mail worker sends PENDING ones through SMTP. Without
 * SMTP they are kept as DEV_MAILBOX, readable by admins outside production.
 */
export class MailMessage {
  id!: string;
  to!: string;
  subject!: string;
  body!: string;
  status: MailStatus = 'PENDING';
  attempts = 0;
  createdAt: Date = new Date();
  sentAt: Date | null = null;
}

export const MailMessageSchema = new EntitySchema<MailMessage>({
  class: MailMessage,
  tableName: 'mail_outbox',
  indexes: [{ properties: ['status', 'createdAt'] }, { properties: ['to', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    to: { type: 'string', length: 320 },
    subject: { type: 'string', length: 200 },
    body: { type: 'text' },
    status: { type: 'string', length: 16 },
    attempts: { type: 'integer' },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    sentAt: { type: 'datetime', nullable: true },
  },
});
