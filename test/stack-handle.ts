import type { Stack } from '@telemed/devstack/stack';

// Jest runs global setup and teardown in one process and lets them share
// globals only; a module variable would not survive between the two.
const KEY = Symbol.for('telemed.testStack');
type Holder = typeof globalThis & { [KEY]?: Stack };

export function setTestStack(stack: Stack): void {
  (globalThis as Holder)[KEY] = stack;
}

/** The running test stack, handed over once (to the teardown that stops it). */
export function takeTestStack(): Stack | undefined {
  const holder = globalThis as Holder;
  const stack = holder[KEY];
  delete holder[KEY];
  return stack;
}
