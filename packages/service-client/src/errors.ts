/** A call to another service failed; `retryable` says whether trying again later may help. */
export class ServiceCallError extends Error {
  constructor(
    message: string,
    readonly target: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ServiceCallError';
  }
}

/** The target's circuit is open: the call was not attempted. */
export class CircuitOpenError extends ServiceCallError {
  constructor(target: string) {
    super(`Circuit to ${target} is open`, target, true);
    this.name = 'CircuitOpenError';
  }
}

/** The target answered with GraphQL errors (the operation ran and was refused or failed). */
export class ServiceGraphQLError extends ServiceCallError {
  constructor(
    target: string,
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[],
  ) {
    super(`${target} answered with errors: ${errors.map((e) => e.message).join('; ')}`, target, false);
    this.name = 'ServiceGraphQLError';
  }
}
