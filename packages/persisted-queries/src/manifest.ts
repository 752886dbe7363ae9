import { createHash } from 'node:crypto';

/** Apollo's persisted query manifest format (the one GraphOS and `@apollo/generate-persisted-query-manifest` use). */
export const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';
export const MANIFEST_VERSION = 1;

export type OperationType = 'query' | 'mutation' | 'subscription';

export interface PersistedOperation {
  /** SHA-256 of `body`, hex: the same hash the APQ protocol sends as `sha256Hash`. */
  readonly id: string;
  readonly name: string;
  readonly type: OperationType;
  /** The exact document the server executes for this id. */
  readonly body: string;
}

export interface PersistedQueryManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly version: typeof MANIFEST_VERSION;
  readonly operations: readonly PersistedOperation[];
}

export type OperationSource = Omit<PersistedOperation, 'id'>;

export function operationId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * A manifest of these operations, sorted by name so the file only changes
 * when an operation does. Names must be unique: clients look ids up by
 * operation name, and two bodies behind one name would make that ambiguous.
 */
export function createManifest(sources: readonly OperationSource[]): PersistedQueryManifest {
  const byName = new Map<string, OperationSource>();
  for (const source of sources) {
    const seen = byName.get(source.name);
    if (seen && seen.body !== source.body) throw new Error(`Two different operations are named ${source.name}`);
    byName.set(source.name, source);
  }
  const operations = [...byName.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, type, body }) => ({ id: operationId(body), name, type, body }));
  return { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, operations };
}

/** The manifest as committed: two-space JSON and a final newline. */
export function serializeManifest(manifest: PersistedQueryManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Reads a manifest and checks every entry, ids included: a hand-edited id
 * that does not hash its body would let a client's id run a different
 * document than the one reviewed, so it stops the reader at start-up.
 */
export function parseManifest(json: unknown, source: string): PersistedQueryManifest {
  const fail = (why: string): never => {
    throw new Error(`${source} is not a valid persisted query manifest: ${why}`);
  };
  if (!isRecord(json)) return fail('not an object');
  if (json.format !== MANIFEST_FORMAT) fail(`format must be "${MANIFEST_FORMAT}"`);
  if (json.version !== MANIFEST_VERSION) fail(`version must be ${MANIFEST_VERSION}`);
  if (!Array.isArray(json.operations)) return fail('operations must be an array');
  const operations = json.operations.map((entry: unknown, index): PersistedOperation => {
    if (!isRecord(entry)) return fail(`operation ${index} is not an object`);
    const { id, name, type, body } = entry;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof body !== 'string')
      return fail(`operation ${index} needs string id, name and body`);
    if (type !== 'query' && type !== 'mutation' && type !== 'subscription')
      return fail(`operation ${name} has type ${String(type)}`);
    if (operationId(body) !== id) fail(`operation ${name}: id is not the SHA-256 of its body`);
    return { id, name, type, body };
  });
  return { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, operations };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
