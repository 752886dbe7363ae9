import { EntitySchema } from '@mikro-orm/core';

/**
 * One row per event a consumer has handled, written in the handler's own
 * transaction: an event delivered again (redelivery, replay, a duplicate
 * publish past JetStream's window) finds its row and is skipped.
 */
export class ProcessedEvent {
  eventId!: string;
  consumer!: string;
  eventType!: string;
  processedAt: Date = new Date();
}

export const ProcessedEventSchema = new EntitySchema<ProcessedEvent>({
  class: ProcessedEvent,
  tableName: 'processed_event',
  properties: {
    eventId: { type: 'uuid', primary: true },
    consumer: { type: 'string', length: 64, primary: true },
    eventType: { type: 'string', length: 64 },
    processedAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
