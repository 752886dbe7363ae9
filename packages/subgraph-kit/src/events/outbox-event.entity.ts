import { EntitySchema } from '@mikro-orm/core';

/**
 * An event recorded in the same transaction as the state change it describes,
 * waiting for the relay to publish it. Rows are kept once sent (`sent_at`),
 * which makes the outbox an audit of what each subgraph announced.
 */
export class OutboxEvent {
  /** Insertion order: the relay publishes an aggregate's events in this order. */
  id!: string;
  eventId!: string;
  eventType!: string;
  eventVersion!: number;
  /** The event's ordering key (`data.payment_id`, ...). */
  aggregateId!: string;
  /** The complete, validated envelope, published as is. */
  envelope!: Record<string, unknown>;
  createdAt: Date = new Date();
  sentAt: Date | null = null;
  /** Publish attempts, the successful one included. */
  attempts = 0;
  lastError: string | null = null;
}

export const OutboxEventSchema = new EntitySchema<OutboxEvent>({
  class: OutboxEvent,
  tableName: 'outbox_event',
  indexes: [
    {
      name: 'outbox_event_pending_index',
      // The relay only ever looks at unsent rows, by aggregate and order.
      expression:
        'create index "outbox_event_pending_index" on "outbox_event" ("aggregate_id", "id") where "sent_at" is null',
    },
  ],
  properties: {
    id: { type: 'bigint', primary: true, autoincrement: true },
    eventId: { type: 'uuid', unique: true },
    eventType: { type: 'string', length: 64 },
    eventVersion: { type: 'integer' },
    aggregateId: { type: 'string', length: 128 },
    envelope: { type: 'json' },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    sentAt: { type: 'datetime', nullable: true },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', nullable: true },
  },
});
