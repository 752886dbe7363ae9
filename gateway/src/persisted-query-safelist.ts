import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersistedQueryOptions } from '@apollo/server';
import { parseManifest, type PersistedQueryManifest } from '@telemed/persisted-queries/manifest';

/** Whose manifest a caller may run operations from. */
export type Audience = 'apps' | 'partners';

/** The manifest files the gateway loads, in `PERSISTED_QUERIES_DIR` (default `schema/persisted`). */
export const MANIFEST_FILES: Readonly<Record<Audience, string>> = {
  apps: 'apps.manifest.json',
  partners: 'partners.manifest.json',
};

type ApqCache = NonNullable<PersistedQueryOptions['cache']>;

/** The operations each audience may run by id, fixed at start-up. */
export interface Safelist {
  has(audience: Audience, id: string): boolean;
  /** Operations per audience, for the start-up log line. */
  readonly counts: Readonly<Record<Audience, number>>;
  /** Every persisted operation's name: metrics always count these by name. */
  readonly operationNames: ReadonlySet<string>;
  /**
   * Apollo Server's APQ cache (`persistedQueries.cache`): lookups are
   * answered from the manifests and writes are dropped, so an APQ
   * "registration" (id plus query) never adds anything; the safelist can only
   * change with a reviewed manifest and a deploy.
   */
  readonly cache: ApqCache;
}

export function createSafelist(manifests: Readonly<Record<Audience, PersistedQueryManifest>>): Safelist {
  const ids: Record<Audience, ReadonlySet<string>> = {
    apps: new Set(manifests.apps.operations.map((o) => o.id)),
    partners: new Set(manifests.partners.operations.map((o) => o.id)),
  };
  const bodies = new Map<string, string>();
  for (const manifest of [manifests.apps, manifests.partners])
    for (const operation of manifest.operations) bodies.set(operation.id, operation.body);
  const cache: ApqCache = {
    // Apollo Server prefixes APQ keys ("apq:<sha256>"); the id is what follows the last colon.
    get: async (key) => bodies.get(key.slice(key.lastIndexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => false,
  };
  return {
    has: (audience, id) => ids[audience].has(id),
    counts: { apps: ids.apps.size, partners: ids.partners.size },
    operationNames: new Set([...manifests.apps.operations, ...manifests.partners.operations].map((o) => o.name)),
    cache,
  };
}

/** Reads and checks both manifests; a missing or invalid one stops the gateway at start-up. */
export function readManifests(dir: string): Record<Audience, PersistedQueryManifest> {
  const read = (file: string) => {
    const path = join(dir, file);
    return parseManifest(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
  };
  return { apps: read(MANIFEST_FILES.apps), partners: read(MANIFEST_FILES.partners) };
}
