import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest } from '@telemed/persisted-queries/manifest';

// The curl examples send persisted ids; an id the manifests no longer list would be a dead example.
describe('persisted ids in the docs', () => {
  const root = join(__dirname, '..');
  const known = new Set(
    ['apps', 'partners'].flatMap((name) => {
      const path = join(root, `schema/persisted/${name}.manifest.json`);
      return parseManifest(JSON.parse(readFileSync(path, 'utf8')) as unknown, path).operations.map((o) => o.id);
    }),
  );

  it.each(['README.md', 'docs/trust-chain.md', 'gateway/README.md'])('%s sends only ids the manifests list', (file) => {
    const ids = [...readFileSync(join(root, file), 'utf8').matchAll(/"sha256Hash":\s*"([0-9a-f]{64})"/g)].map((m) => m[1]);
    for (const id of ids) expect(known.has(id!) ? id : `${id} (not in any manifest)`).toBe(id);
  });
});
