import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, roverConfig } from './composition';

const root = join(__dirname, '..');

describe('supergraph composition', () => {
  const result = composeSupergraph(root);

  it('composes the six subgraphs without errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('matches the committed schema/supergraph.graphql (run `npm run compose` when this fails)', () => {
    if (!result.ok) throw new Error('composition failed');
    expect(readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8')).toBe(result.supergraphSdl);
  });

  it('keeps rover.yaml listing the same subgraphs', () => {
    expect(readFileSync(join(root, 'rover.yaml'), 'utf8')).toBe(roverConfig());
  });
});
