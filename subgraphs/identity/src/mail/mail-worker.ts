import nodemailer from 'nodemailer';
import type { BackgroundWorker, Worker, WorkerDeps } from '@telemed/subgraph-kit/worker';
import { smtpUrl } from './mailer';

interface PendingRow {
  id: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
}

const MAX_ATTEMPTS = 8;

/**
 * Sends PENDING outbox emails through SMTP (`SMTP_URL`, e.g.
 * `smtp://user:pass@mail.example:587`; `MAIL_FROM` sets the sender). Rows are
 * claimed with SKIP LOCKED so replicas do not send one twice; a failure is
 * retried on later passes up to 8 times, then marked FAILED. Without
 * `SMTP_URL` nothing is pending: emails go straight to the dev mailbox.
 */
export function startMailWorker({ orm, logger }: WorkerDeps): Worker {
  const url = smtpUrl();
  if (!url) return { stop: async () => undefined };
  const transport = nodemailer.createTransport(url);
  const from = process.env.MAIL_FROM ?? 'Telemed <no-reply@telemed.example>';
  let running: Promise<void> | null = null;

  const pass = async () => {
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const rows = await connection.execute<PendingRow[]>(
        `select id, "to", subject, body, attempts from mail_outbox where status = 'PENDING' order by created_at limit 20 for update skip locked`,
        [],
        'all',
        ctx,
      );
      for (const row of rows) {
        try {
          await transport.sendMail({ from, to: row.to, subject: row.subject, text: row.body });
          await connection.execute(`update mail_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1 where id = ?`, [row.id], 'run', ctx);
        } catch (error) {
          // The message id only: the body may hold a token.
          logger.warn({ err: error, mailId: row.id }, 'sending mail failed');
          const status = row.attempts + 1 >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING';
          await connection.execute(`update mail_outbox set status = ?, attempts = attempts + 1 where id = ?`, [status, row.id], 'run', ctx);
        }
      }
    });
  };
  const timer = setInterval(() => {
    running ??= pass()
      .catch((error: unknown) => logger.error({ err: error }, 'mail worker pass failed'))
      .finally(() => (running = null));
  }, 2_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}

export const mailWorker: BackgroundWorker = { name: 'mail-relay', start: startMailWorker };
