import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { catalogue, eventTypes } from './index';

/** docs/events.md documents every catalogued event and every field of its current version. */
describe('docs/events.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../docs/events.md'), 'utf8');

  it.each(eventTypes)('documents %s', (type) => {
    const definition = catalogue[type];
    const start = doc.indexOf(`### \`${type}\` (v${definition.current})`);
    expect(start).toBeGreaterThan(-1);
    const next = doc.indexOf('\n### ', start + 1);
    const section = doc.slice(start, next === -1 ? undefined : next);
    const schema = (definition.versions as Record<number, z.ZodObject>)[definition.current]!;
    for (const field of Object.keys(schema.shape)) expect(section).toContain(`| \`${field}\` |`);
  });
});
