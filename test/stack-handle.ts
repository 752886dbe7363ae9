import type { Stack } from '@telemed/devstack/stack';

/** What global setup started and teardown stops. */
export interface TestStackHandle {
  readonly stack: Stack;
  readonly control: { close(): Promise<void> };
  /** The OTLP receiver the services export their spans to. */
  readonly otlp: { close(): Promise<void> };
}

// Jest runs global setup and teardown in one process and lets them share
// globals only; a module variable would not survive between the two.
const KEY = Symbol.for('telemed.testStack');
type Holder = typeof globalThis & { [KEY]?: TestStackHandle };

export function setTestStack(handle: TestStackHandle): void {
  (globalThis as Holder)[KEY] = handle;
}

/** The running test stack, handed over once (to the teardown that stops it). */
export function takeTestStack(): TestStackHandle | undefined {
  const holder = globalThis as Holder;
  const handle = holder[KEY];
  delete holder[KEY];
  return handle;
}
