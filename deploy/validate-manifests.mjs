// Validates Kubernetes manifests against the API's JSON schemas as compiled by
// the `kubernetes-models` package, which is ESM-only with ESM-only
// dependencies: so this runs as its own Node process (plain ESM), called by
// deploy/kubernetes-schemas.ts. Reads a JSON array of manifests on stdin;
// writes a JSON array with, per manifest, null (valid) or the error message.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'kubernetes-models');
const manifests = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const manifest of manifests) {
  const { apiVersion, kind, ...rest } = manifest ?? {};
  const file = join(modelsDir, String(apiVersion), `${kind}.js`);
  if (!apiVersion || !kind || !existsSync(file)) {
    results.push(`no schema for ${apiVersion} ${kind} (not a Kubernetes API kind?)`);
    continue;
  }
  const Model = (await import(pathToFileURL(file).href))[kind];
  try {
    new Model(rest).validate();
    results.push(null);
  } catch (error) {
    results.push(error instanceof Error ? error.message : String(error));
  }
}
process.stdout.write(JSON.stringify(results));
