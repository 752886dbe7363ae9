import { labelCap } from './label-cap';

describe('labelCap', () => {
  const cap = () => labelCap({ known: ['BookAppointment'], maxOthers: 2, pattern: /^[A-Za-z]{1,10}$/, overflow: '(other)' });

  it('passes known values always and the first others up to the cap', () => {
    const label = cap();
    expect(label('Alpha')).toBe('Alpha');
    expect(label('Beta')).toBe('Beta');
    expect(label('Gamma')).toBe('(other)');
    expect(label('Alpha')).toBe('Alpha');
    expect(label('BookAppointment')).toBe('BookAppointment');
  });

  it('refuses malformed values without spending the cap on them', () => {
    const label = cap();
    expect(label('x'.repeat(11))).toBe('(other)');
    expect(label('a{b="c"}')).toBe('(other)');
    expect(label('Alpha')).toBe('Alpha');
  });

  it('holds at most known + maxOthers distinct values whatever callers send', () => {
    const label = cap();
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(label(`Op${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (i % 7))}`));
    expect(seen.size).toBeLessThanOrEqual(3);
  });
});
