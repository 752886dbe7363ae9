/**
 * Composes the subgraph SDL files into `schema/supergraph.graphql` with
 * @apollo/composition (the library Rover uses), and writes the API schema
 * (what clients may query: no join__ directives, no @inaccessible parts) to
 * `schema/api.graphql`, which the apps' operations are typed and validated against.
 *
 *   npm run compose           write the supergraph
 *   npm run compose -- --check  fail when composition errors or the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { composeSupergraph, roverConfig } from './composition';

const root = join(__dirname, '..');
const target = join(root, 'schema/supergraph.graphql');
const rover = join(root, 'rover.yaml');
const api = join(root, 'schema/api.graphql');
const check = process.argv.includes('--check');

const result = composeSupergraph(root);
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
if (result.hints.length) console.warn(`${result.hints.length} composition hints (run with --hints to list them)`);
if (process.argv.includes('--hints')) for (const hint of result.hints) console.warn(`hint: ${hint}`);

const apiSdl = `# Written by \`npm run compose\`: the supergraph's API schema, what clients see. Do not edit.\n${printSchema(result.apiSchema)}\n`;

if (check) {
  const stale = [
    readFileSync(target, 'utf8') !== result.supergraphSdl && 'schema/supergraph.graphql',
    readFileSync(rover, 'utf8') !== roverConfig() && 'rover.yaml',
    readIfExists(api) !== apiSdl && 'schema/api.graphql',
  ].filter(Boolean);
  if (stale.length) {
    console.error(`${stale.join(' and ')} stale: run \`npm run compose\` and commit the result.`);
    process.exit(1);
  }
  console.log('schema/supergraph.graphql, schema/api.graphql and rover.yaml are up to date.');
} else {
  writeFileSync(target, result.supergraphSdl);
  writeFileSync(rover, roverConfig());
  writeFileSync(api, apiSdl);
  console.log(`Wrote ${target}, ${api} and ${rover}`);
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
