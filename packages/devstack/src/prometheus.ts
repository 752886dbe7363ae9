/**
 * Sum of the samples of one metric whose labels include `labels`, read from
 * Prometheus text exposition format; 0 when there is none (a counter that
 * was never incremented is not printed).
 */
export function sampleSum(
  text: string,
  metric: string,
  labels: Readonly<Record<string, string>> = {},
): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const sample = parseSample(line);
    if (!sample || sample.name !== metric) continue;
    if (Object.entries(labels).every(([key, value]) => sample.labels[key] === value)) sum += sample.value;
  }
  return sum;
}

interface Sample {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function parseSample(line: string): Sample | undefined {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  const match = SAMPLE.exec(trimmed);
  if (!match) return undefined;
  const labels: Record<string, string> = {};
  for (const [, key, raw] of (match[2] ?? '').matchAll(LABEL)) {
    if (key !== undefined) labels[key] = unescape(raw ?? '');
  }
  return { name: match[1] ?? '', labels, value: Number(match[3]) };
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, (_all, char: string) => (char === 'n' ? '\n' : char));
}
