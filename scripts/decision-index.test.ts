import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The index is read by people looking for why something is the way it is; a
// record that is not in it is a record nobody finds.
describe('docs/decisions/README.md', () => {
  const folder = join(__dirname, '../docs/decisions');
  const records = readdirSync(folder).filter((f) => /^\d{4}-.*\.md$/.test(f));
  const index = readFileSync(join(folder, 'README.md'), 'utf8');
  // The record a row is about is the first link of the row; a status may link to others.
  const linked = [...index.matchAll(/^\| \[\d+\]\((\d{4}-[^)]+\.md)\)/gm)].map((m) => m[1]);

  it('lists every decision record once', () => {
    expect([...linked].sort()).toEqual([...records].sort());
  });

  it.each(records)('%s has the title the index shows', (file) => {
    const title = readFileSync(join(folder, file), 'utf8').split('\n')[0]!.replace(/^# \d+\. /, '');
    expect(index).toContain(`(${file}) | ${title} |`);
  });
});
