/**
 * Writes the persisted-query manifests (Apollo's format) the gateway serves:
 *
 * - `schema/persisted/apps.manifest.json`: every query and mutation of the
 *   doctor and patient apps and their shared client package, taken from the
 *   typed documents `npm run codegen` generated, plus
 *   `packages/web-client/src/persisted-query-ids.ts` (name to id) for the apps;
 * - `schema/persisted/partners.manifest.json`: the reviewed partner
 *   operations in `schema/persisted/partners/*.graphql`.
 *
 * Every operation must pass the gateway's operation limits (depth, aliases,
 * tokens, directives, root fields, cost at worst-case variables), read from
 * the same `GATEWAY_MAX_*` settings the gateway reads: the gateway does not
 * check persisted ids per request, so this is where they are checked.
 *
 *   npm run persisted             write them (after `npm run codegen`)
 *   npm run persisted -- --check  fail when a committed one is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { appOperationSources } from '@telemed/persisted-queries/app-operations';
import { idModuleOf } from '@telemed/persisted-queries/id-module';
import { createManifest, serializeManifest } from '@telemed/persisted-queries/manifest';
import { partnerOperationSources } from '@telemed/persisted-queries/partner-operations';
import { persistedOperationsOverLimits } from '@telemed/gateway/operation-limits/persisted-check';
import { readGatewaySettings } from '@telemed/gateway/settings';
import { clientPackages } from '../codegen';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const schema = buildSchema(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));

const appsPath = 'schema/persisted/apps.manifest.json';
const apps = createManifest(
  clientPackages.flatMap((dir) => {
    const generated = `${dir}/src/__generated__/graphql.ts`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return appOperationSources(require(join(root, generated)) as Record<string, unknown>, schema, generated);
  }),
);
const partners = createManifest(partnerOperationSources(join(root, 'schema/persisted/partners'), schema));

const over = persistedOperationsOverLimits(schema, [...apps.operations, ...partners.operations], readGatewaySettings(process.env).operationLimits);
if (over.length) {
  for (const { name, refusal } of over)
    console.error(`${name} is over the gateway's ${refusal.limit} limit of ${refusal.max}${refusal.actual === undefined ? '' : ` (${refusal.actual})`}`);
  console.error('Persisted operations must pass the operation limits (docs/security.md, "Operation limits"): make them smaller, or raise the limit deliberately.');
  process.exit(1);
}

const outputs: Record<string, string> = {
  [appsPath]: serializeManifest(apps),
  'schema/persisted/partners.manifest.json': serializeManifest(partners),
  'packages/web-client/src/persisted-query-ids.ts': idModuleOf(apps, appsPath),
};

if (check) {
  const stale = Object.entries(outputs)
    .filter(([file, content]) => readIfExists(join(root, file)) !== content)
    .map(([file]) => file);
  if (stale.length) {
    console.error(`${stale.join(', ')} stale: run \`npm run persisted\` (after \`npm run codegen\`) and commit the result.`);
    process.exit(1);
  }
  console.log(`Persisted-query manifests are up to date (${apps.operations.length} app and ${partners.operations.length} partner operations).`);
} else {
  for (const [file, content] of Object.entries(outputs)) writeFileSync(join(root, file), content);
  console.log(`Wrote ${Object.keys(outputs).join(', ')}`);
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
