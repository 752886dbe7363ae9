import { getMainDefinition } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';

/**
 * Whether a document's operation is a subscription: those go over the
 * WebSocket, queries and mutations over HTTP (the gateway refuses them on the
 * WebSocket).
 */
export function isSubscription(query: DocumentNode): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}
