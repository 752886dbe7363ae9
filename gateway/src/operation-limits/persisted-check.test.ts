import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { createManifest, parseManifest } from '@telemed/persisted-queries/manifest';
import { DEFAULT_OPERATION_LIMITS } from './limits';
import { persistedOperationsOverLimits } from './persisted-check';

const root = join(__dirname, '../../..');
const schema = buildSchema(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));
const manifest = (file: string) => parseManifest(JSON.parse(readFileSync(join(root, 'schema/persisted', file), 'utf8')), file).operations;

describe('persisted operations against the operation limits', () => {
  it('every operation of the committed manifests passes the defaults, at a third of the cost limit', () => {
    const operations = [...manifest('apps.manifest.json'), ...manifest('partners.manifest.json')];
    expect(persistedOperationsOverLimits(schema, operations, DEFAULT_OPERATION_LIMITS)).toEqual([]);
    // Room: the defaults are not tuned to the largest operation.
    expect(persistedOperationsOverLimits(schema, operations, { ...DEFAULT_OPERATION_LIMITS, maxCost: DEFAULT_OPERATION_LIMITS.maxCost / 3 })).toEqual([]);
  });

  it('names an operation over a limit, costing its variables at their maximum', () => {
    const { operations } = createManifest([
      { name: 'Fine', type: 'query', body: 'query Fine { doctors(first: 5) { id } }' },
      { name: 'WideOpen', type: 'query', body: 'query WideOpen($n: Int = 1) { doctors(first: $n) { appointments(first: $n) { id } } }' },
      { name: 'Deep', type: 'query', body: 'query Deep { clinics { doctors { clinic { doctors { clinic { doctors { clinic { doctors { clinic { doctors { clinic { id } } } } } } } } } } } }' },
    ]);
    expect(persistedOperationsOverLimits(schema, operations, DEFAULT_OPERATION_LIMITS)).toEqual([
      { name: 'Deep', refusal: { limit: 'depth', max: 10, actual: 12 } },
      { name: 'WideOpen', refusal: { limit: 'cost', max: 10_000, actual: 10_100 } },
    ]);
  });

  it('refuses an operation over the token limit', () => {
    const { operations } = createManifest([{ name: 'Long', type: 'query', body: `query Long { me { ${'id '.repeat(50)} } }` }]);
    expect(persistedOperationsOverLimits(schema, operations, { ...DEFAULT_OPERATION_LIMITS, maxTokens: 20 })).toEqual([
      { name: 'Long', refusal: { limit: 'tokens', max: 20 } },
    ]);
  });
});
