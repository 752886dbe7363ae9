import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTransport } from 'nodemailer';
import type { Logger } from '@telemed/observability/logger';
import { OutgoingMessage } from './outgoing-message.entity';

export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface SmsMessage {
  readonly to: string;
  readonly text: string;
}

/**
 * Where a delivery's email or SMS goes. `em` is the dispatcher's transaction
 * (the dev outbox writes through it); `deliveryId` identifies the attempt.
 */
export interface EmailTransport {
  readonly name: string;
  send(message: EmailMessage, em: EntityManager, deliveryId: string): Promise<void>;
}

export interface SmsTransport {
  readonly name: string;
  send(message: SmsMessage, em: EntityManager, deliveryId: string): Promise<void>;
}

/** Email and SMS as rows of `outgoing_message`, for development and tests. */
export const devOutboxEmail: EmailTransport = {
  name: 'dev-outbox',
  async send(message, em, deliveryId) {
    em.create(OutgoingMessage, {
      id: randomUUID(),
      channel: 'EMAIL',
      recipient: message.to,
      subject: message.subject,
      body: message.text,
      scheduledNotificationId: deliveryId,
      createdAt: new Date(),
    });
  },
};

export const devOutboxSms: SmsTransport = {
  name: 'dev-outbox',
  async send(message, em, deliveryId) {
    em.create(OutgoingMessage, {
      id: randomUUID(),
      channel: 'SMS',
      recipient: message.to,
      subject: null,
      body: message.text,
      scheduledNotificationId: deliveryId,
      createdAt: new Date(),
    });
  },
};

/** Real email through an SMTP server (`SMTP_URL`, e.g. smtps://user:pass@smtp.example.com:465). */
export function smtpEmail(url: string, from: string): EmailTransport {
  const transport = createTransport(url);
  return {
    name: 'smtp',
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

export interface Transports {
  readonly email: EmailTransport;
  readonly sms: SmsTransport;
}

/**
 * SMTP when `SMTP_URL` is set, the dev outbox otherwise. SMS has no provider
 * yet and always goes to the dev outbox. The URL holds credentials: only its
 * host is ever logged.
 */
export function transportsFrom(env: NodeJS.ProcessEnv, logger: Logger): Transports {
  const url = env.SMTP_URL;
  if (!url) {
    logger.info('no SMTP_URL: email and SMS go to the outgoing_message table');
    return { email: devOutboxEmail, sms: devOutboxSms };
  }
  logger.info({ smtpHost: new URL(url).host }, 'email goes through SMTP; SMS to the outgoing_message table');
  return { email: smtpEmail(url, env.SMTP_FROM || 'Telemed <no-reply@telemed.example>'), sms: devOutboxSms };
}
