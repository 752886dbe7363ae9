import type { z } from 'zod';
import { BadUserInputError } from './errors';

/** One refused input value: its path (`input.vitals.heartRateBpm`) and why. */
export interface InputIssue {
  readonly field: string;
  readonly message: string;
}

/**
 * BAD_USER_INPUT for a value that failed its zod schema. `field` (the path of
 * the first problem) is what clients highlight; `issues` lists every problem,
 * so a form can mark all of them after one round trip.
 */
export class InvalidInputError extends BadUserInputError {
  constructor(issues: readonly InputIssue[]) {
    const first = issues[0] ?? { field: '', message: 'Invalid input' };
    super(`"${first.field}": ${first.message}`, first.field ? first.field.split('.') : []);
    this.extensions.issues = issues;
  }
}

/**
 * Validates a resolver argument with a zod schema and returns the parsed
 * value; a failure becomes BAD_USER_INPUT whose field paths start at `root`
 * (the argument's name), e.g. `parseInput(VitalsInput, args.input, 'input')`
 * refusing a heart rate answers `input.vitals.heartRateBpm`.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((issue) => ({
      field: [root, ...issue.path.map(String)].filter(Boolean).join('.'),
      message: issue.message,
    })),
  );
}
