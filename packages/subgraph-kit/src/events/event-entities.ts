import type { EntitySchema } from '@mikro-orm/core';
import type { SubgraphEvents } from '../definition';
import { OutboxEventSchema } from './outbox-event.entity';
import { ProcessedEventSchema } from './processed-event.entity';

/**
 * The kit's own tables a subgraph needs for its events: producers get the
 * outbox, consumers the processed-event log. They join the subgraph's
 * entities, so `npm run migration:create` writes them into its migrations.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function eventEntities(definition: { readonly events?: SubgraphEvents }): EntitySchema<any, any>[] {
  const entities = [];
  if (definition.events?.produces?.length) entities.push(OutboxEventSchema);
  if (definition.events?.consumers?.length) entities.push(ProcessedEventSchema);
  return entities;
}
