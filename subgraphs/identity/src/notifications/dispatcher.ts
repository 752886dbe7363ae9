import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { BackgroundWorker } from '@telemed/subgraph-kit/worker';
import { Patient } from '../patient/patient.entity';
import { User } from '../user/user.entity';
import { Notification } from './notification.entity';
import { ScheduledNotification } from './scheduled-notification.entity';
import { emailText, render } from './templates';
import { transportsFrom, type Transports } from './transports';
import { execute } from '@telemed/subgraph-kit/sql';
import { recordEvent } from '@telemed/subgraph-kit/events/record-event';

export const MAX_SEND_ATTEMPTS = 5;
const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000];

/** When a failed send is tried again; null once attempts are used up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_SEND_ATTEMPTS) return null;
  return new Date(now.getTime() + RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]!);
}

/** A recipient's outcome: sent, or skipped because the channel has no address. */
type Outcome = 'SENT' | 'SKIPPED';

/**
 * Sends due notifications. Each round claims up to 20 due rows with
 * `FOR UPDATE SKIP LOCKED`, sends each on its channel and records the
 * outcome in the same transaction; an in-app notification is a row of the
 * same database, so it is created exactly once. Email and SMS are sent at
 * least once (a crash after the send and before the commit sends again).
 */
export function notificationDispatcher(): BackgroundWorker {
  return {
    name: 'notification-dispatcher',
    start({ orm, logger, processEnv: env }) {
      const transports = transportsFrom(env, logger);
      const pollMs = Number(env.NOTIFY_POLL_MS ?? 1_000);
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      let round: Promise<void> = Promise.resolve();
      const tick = () => {
        round = dispatchDue(orm.em.fork({ loggerContext: { origin: 'worker' } }), transports, logger)
          .catch((error: unknown) => logger.error({ err: error }, 'notification round failed'))
          .then((claimed) => {
            if (!stopped) timer = setTimeout(tick, claimed === 20 ? 0 : pollMs);
          });
      };
      tick();
      return {
        async stop() {
          stopped = true;
          clearTimeout(timer);
          await round;
        },
      };
    },
  };
}

/** One round; returns how many rows it claimed. */
export async function dispatchDue(
  em: EntityManager,
  transports: Transports,
  logger: Logger,
): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await execute<{ id: string }[]>(
      tx,
      `select id from scheduled_notification where status = 'PENDING' and due_at <= now()
        order by due_at limit 20 for update skip locked`,
    );
    if (!rows.length) return 0;
    const deliveries = await tx.find(
      ScheduledNotification,
      { id: { $in: rows.map((r) => r.id) } },
      { orderBy: { dueAt: 'asc' } },
    );
    for (const delivery of deliveries) {
      const log = logger.child({
        correlationId: delivery.correlationId,
        deliveryId: delivery.id,
        kind: delivery.kind,
        channel: delivery.channel,
      });
      delivery.attempts += 1;
      try {
        delivery.status = await send(tx, delivery, transports);
        delivery.sentAt = new Date();
        delivery.lastError =
          delivery.status === 'SKIPPED'
            ? `no ${delivery.channel === 'SMS' ? 'phone number' : 'address'} on file`
            : null;
        log.info({ status: delivery.status }, 'notification dispatched');
      } catch (error) {
        const retryAt = nextAttemptAt(delivery.attempts, new Date());
        delivery.lastError = error instanceof Error ? error.message.slice(0, 1_000) : String(error);
        if (retryAt) delivery.dueAt = retryAt;
        else delivery.status = 'FAILED';
        log.warn(
          { err: error, attempts: delivery.attempts, retryAt },
          retryAt ? 'notification not sent; will retry' : 'notification not sent; giving up',
        );
      }
    }
    return rows.length;
  });
}

async function send(
  em: EntityManager,
  delivery: ScheduledNotification,
  transports: Transports,
): Promise<Outcome> {
  const patient = await em.findOne(Patient, { id: delivery.patientId });
  if (!patient) throw new Error(`Patient ${delivery.patientId} not found`);
  const rendered = render(delivery.kind, delivery.variables);
  switch (delivery.channel) {
    case 'IN_APP': {
      const id = randomUUID();
      const createdAt = new Date();
      // Same transaction as the row: published only after commit, never lost (`notificationReceived`
      // listens). Recorded first: an invalid event throws before anything is staged for this delivery.
      recordEvent(
        em,
        'notification.created',
        { notification_id: id, patient_id: patient.id, user_id: patient.userId, created_at: createdAt.toISOString() },
        // No request caused it: the event that planned it did, whose correlation ID the delivery kept.
        { subgraph: 'identity', correlationId: delivery.correlationId, caller: null },
      );
      em.create(Notification, {
        id,
        patientId: patient.id,
        kind: delivery.kind,
        title: rendered.title,
        body: rendered.body,
        appointmentId: delivery.appointmentId,
        createdAt,
        readAt: null,
      });
      return 'SENT';
    }
    case 'EMAIL': {
      const user = patient.userId ? await em.findOne(User, { id: patient.userId }) : null;
      if (!user) return 'SKIPPED';
      await transports.email.send(
        { to: user.email, subject: rendered.title, text: emailText(patient.name, rendered) },
        em,
        delivery.id,
      );
      return 'SENT';
    }
    case 'SMS':
      if (!patient.phone) return 'SKIPPED';
      await transports.sms.send({ to: patient.phone, text: rendered.sms }, em, delivery.id);
      return 'SENT';
  }
}
