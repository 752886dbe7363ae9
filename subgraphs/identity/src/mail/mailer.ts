import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MailMessage } from './mail-message.entity';

/** Whether emails leave through SMTP (`SMTP_URL`) or stay in the dev mailbox. */
export function smtpUrl(vars: NodeJS.ProcessEnv = process.env): string | null {
  return vars.SMTP_URL || null;
}

/**
 * Puts an email in the outbox, in `em`'s unit of work, so it is sent if and
 * only if what caused it commits. Bodies may hold one-time tokens: they are
 * never logged.
 */
export function enqueueMail(em: EntityManager, mail: { to: string; subject: string; body: string }): void {
  em.persist(
    Object.assign(new MailMessage(), {
      id: randomUUID(),
      ...mail,
      status: smtpUrl() ? 'PENDING' : 'DEV_MAILBOX',
      attempts: 0,
      createdAt: new Date(),
      sentAt: null,
    }),
  );
}

/** Public URL of the web app, for links in emails (`APP_URL`). */
export function appUrl(vars: NodeJS.ProcessEnv = process.env): string {
  return vars.APP_URL ?? 'http://localhost:5174';
}
