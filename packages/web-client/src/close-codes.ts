/** The gateway closes a graphql-ws connection with this code for a missing, invalid or expired access token. */
export const UNAUTHORIZED_CLOSE = 4401;

/** Whether a graphql-ws `closed` event (or a subscription error) is the gateway refusing the token. */
export function isUnauthorizedClose(event: unknown): boolean {
  return typeof event === 'object' && event !== null && 'code' in event && event.code === UNAUTHORIZED_CLOSE;
}

/**
 * Whether an error Apollo's GraphQLWsLink raised comes from a 4401 close. The
 * link turns the CloseEvent into `Error("Socket closed with event 4401 …")`,
 * so the message is all that is left of it.
 */
export function isUnauthorizedCloseError(error: unknown): boolean {
  return (
    error instanceof Error &&
    new RegExp(`^Socket closed with event ${UNAUTHORIZED_CLOSE}\\b`).test(error.message)
  );
}
