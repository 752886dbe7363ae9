/** The header (and graphql-ws `extensions` key) that names an operation in every service's logs. */
export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * A new id per operation, in the shape the gateway accepts
 * (`[A-Za-z0-9._:-]{1,128}`); the app's prefix tells which app sent it.
 */
export function newCorrelationId(app: string): string {
  return `${app}:${crypto.randomUUID()}`;
}
