import { EntitySchema } from '@mikro-orm/core';

/**
 * An email or SMS as it would have left, when no real transport is
 * configured (no SMTP_URL): developers and tests read what was "sent" here.
 */
export class OutgoingMessage {
  id!: string;
  channel!: 'EMAIL' | 'SMS';
  recipient!: string;
  subject: string | null = null;
  body!: string;
  scheduledNotificationId!: string;
  createdAt: Date = new Date();
}

export const OutgoingMessageSchema = new EntitySchema<OutgoingMessage>({
  class: OutgoingMessage,
  tableName: 'outgoing_message',
  indexes: [{ properties: ['recipient', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    channel: { type: 'string', length: 8 },
    recipient: { type: 'string', length: 320 },
    subject: { type: 'string', length: 200, nullable: true },
    body: { type: 'text' },
    scheduledNotificationId: { type: 'uuid' },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
