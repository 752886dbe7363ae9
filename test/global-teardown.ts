import { rm } from 'node:fs/promises';
import { testStackFile } from './stack-file';
import { takeTestStack } from './stack-handle';

/** Stops the stack global setup started; its URLs go stale with it. */
export default async function globalTeardown(): Promise<void> {
  const handle = takeTestStack();
  await handle?.control.close();
  await handle?.stack.stop();
  // After the services, which export their last spans as they stop.
  await handle?.otlp.close();
  await rm(testStackFile, { force: true });
}
