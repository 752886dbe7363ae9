import type { ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import type { AccessTokens } from './access-tokens';
import { isUnauthenticated } from './gateway-error';

const RETRIED = 'telemedRetriedAfterUnauthenticated';

/**
 * An HTTP operation the gateway refused with UNAUTHENTICATED is sent once
 * more after a refresh: the token looked valid here (its expiry is ahead) but
 * the gateway no longer accepts it. A second refusal reaches the screen; a
 * refused refresh ends the session, and the app shows the login form.
 */
export function createUnauthenticatedRetryLink(tokens: AccessTokens): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (operation.getContext()[RETRIED] === true || !isUnauthenticated(error)) return;
    tokens.refused();
    operation.setContext({ [RETRIED]: true });
    return forward(operation);
  });
}
