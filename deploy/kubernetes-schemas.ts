/**
 * Validation of rendered manifests against the Kubernetes API's JSON schemas,
 * as compiled by the `kubernetes-models` package. That package and its
 * dependencies are ESM-only, which Jest's CommonJS runtime cannot load, so
 * validate-manifests.mjs does the work in a plain Node process. Types,
 * required fields, enums and formats are checked; unknown fields are not (the
 * API schemas allow them; kubeconform -strict in CI catches those where it is
 * installed).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Per manifest, null when valid or the schema's complaint. */
export function validateManifests(manifests: readonly unknown[]): (string | null)[] {
  const output = execFileSync(process.execPath, [join(__dirname, 'validate-manifests.mjs')], {
    input: JSON.stringify(manifests),
    encoding: 'utf8',
  });
  return JSON.parse(output) as (string | null)[];
}
