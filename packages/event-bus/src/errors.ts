import type { z } from 'zod';

/** One problem with an event, as a path into the envelope and a message. */
export interface EventIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * An event that does not match the catalogue. Thrown at record and publish
 * time, so a producer's transaction rolls back instead of storing it.
 */
export class EventValidationError extends Error {
  readonly issues: readonly EventIssue[];

  constructor(subject: string, issues: readonly EventIssue[]) {
    super(
      `${subject} is invalid: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
    this.name = 'EventValidationError';
    this.issues = issues;
  }

  static fromZod(subject: string, error: z.ZodError, prefix: string): EventValidationError {
    return new EventValidationError(
      subject,
      error.issues.map((issue) => ({
        path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
        message: issue.message,
      })),
    );
  }
}
