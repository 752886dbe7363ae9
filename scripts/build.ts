/**
 * Builds the services into runnable JavaScript under `dist/`, for the
 * container image: one CommonJS bundle per entry point, laid out as in the
 * repository (`dist/gateway/src/index.js`, `dist/subgraphs/<name>/src/index.js`),
 * with the files they read beside them (each subgraph's schema.graphql, the
 * supergraph, the persisted-query manifests), so `__dirname`-relative paths
 * hold. Our own packages (`@telemed/*`, TypeScript) are bundled in; every other
 * package stays a `require` that the image's production `node_modules` answers,
 * so native modules (argon2), and libraries that load files of their own
 * (MikroORM, Apollo), run as they were published.
 *
 *   npm run build          then e.g. `node dist/gateway/src/index.js`
 *
 * Type checking is `npm run check`'s job; this only strips types.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { subgraphNames } from '@telemed/topology/subgraphs';

const root = join(__dirname, '..');
const out = join(root, 'dist');

/** Entry points of the image: the services and the key provisioning of docker-compose's `keys` service. */
export const entryPoints = [
  'gateway/src/index.ts',
  ...subgraphNames.map((name) => `subgraphs/${name}/src/index.ts`),
  'scripts/provision-keys.ts',
];

/** Data files the bundles read at run time, relative to the repository root. */
export const assets = [
  ...subgraphNames.map((name) => `subgraphs/${name}/schema.graphql`),
  'schema/supergraph.graphql',
  'schema/persisted/apps.manifest.json',
  'schema/persisted/partners.manifest.json',
];

/** Bare imports other than our workspace packages stay external (resolved from node_modules at run time). */
const thirdPartyExternal: Plugin = {
  name: 'third-party-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@telemed/') || args.path.startsWith('node:')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outbase: root,
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Class names are data here: MikroORM entities and migrations are known by them.
    keepNames: true,
    sourcemap: 'linked',
    // Stack traces point at the TypeScript sources (node --enable-source-maps).
    sourcesContent: false,
    plugins: [thirdPartyExternal],
    metafile: true,
    logLevel: 'warning',
  });
  for (const asset of assets) {
    mkdirSync(dirname(join(out, asset)), { recursive: true });
    cpSync(join(root, asset), join(out, asset));
  }
  // The packages the bundles require: the image's `npm ci --omit=dev` must provide each of them.
  const external = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) {
      if (!imported.external || imported.path.startsWith('node:')) continue;
      external.add(packageName(imported.path));
    }
  }
  const builtins = new Set(builtinModules);
  const packages = [...external].filter((name) => !builtins.has(name)).sort();
  writeFileSync(join(out, 'external-packages.json'), `${JSON.stringify(packages, null, 2)}\n`);
  const runtime = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const missing = packages.filter((name) => !(name in runtime.dependencies));
  if (missing.length) throw new Error(`The build requires packages that are not runtime dependencies in package.json: ${missing.join(', ')}`);
  console.log(`Built ${entryPoints.length} entry points into dist/ (requires ${packages.length} packages: ${packages.join(', ')})`);
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

main().catch((error: unknown) => {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
