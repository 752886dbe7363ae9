/**
 * Composes the subgraph SDL files into `schema/supergraph.graphql` with
 * @apollo/composition (the library Rover uses).
 *
 *   npm run compose           write the supergraph
 *   npm run compose -- --check  fail when composition errors or the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, roverConfig } from './composition';

const root = join(__dirname, '..');
const target = join(root, 'schema/supergraph.graphql');
const rover = join(root, 'rover.yaml');
const check = process.argv.includes('--check');

const result = composeSupergraph(root);
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
if (result.hints.length) console.warn(`${result.hints.length} composition hints (run with --hints to list them)`);
if (process.argv.includes('--hints')) for (const hint of result.hints) console.warn(`hint: ${hint}`);

if (check) {
  const stale = [
    readFileSync(target, 'utf8') !== result.supergraphSdl && 'schema/supergraph.graphql',
    readFileSync(rover, 'utf8') !== roverConfig() && 'rover.yaml',
  ].filter(Boolean);
  if (stale.length) {
    console.error(`${stale.join(' and ')} stale: run \`npm run compose\` and commit the result.`);
    process.exit(1);
  }
  console.log('schema/supergraph.graphql and rover.yaml are up to date.');
} else {
  writeFileSync(target, result.supergraphSdl);
  writeFileSync(rover, roverConfig());
  console.log(`Wrote ${target} and ${rover}`);
}
