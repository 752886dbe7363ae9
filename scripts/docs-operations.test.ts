import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { composeSupergraph } from './composition';

// The operations the docs link to (and the integration tests run) must stay
// valid against the supergraph, even before a stack runs them.
describe('documented operations', () => {
  const root = join(__dirname, '..');
  const folder = join(root, 'docs/operations');
  const files = readdirSync(folder).filter((f) => f.endsWith('.graphql'));
  const composed = composeSupergraph(root);
  if (!composed.ok) throw new Error(composed.errors.join('\n'));

  it.each(files)('%s is valid against the supergraph', (file) => {
    const document = parse(readFileSync(join(folder, file), 'utf8'));
    expect(validate(composed.apiSchema, document).map((e) => e.message)).toEqual([]);
    expect(document.definitions.map((d) => ('name' in d ? d.name?.value : undefined))).toEqual([file.replace('.graphql', '')]);
  });
});
