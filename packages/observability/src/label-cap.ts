/**
 * Keeps a metric label's values bounded when callers choose them (GraphQL
 * operation names): values known in advance always pass; up to `maxOthers`
 * further well-formed values pass as first seen; anything beyond, or
 * malformed, is counted under `overflow`. Each distinct value is a time
 * series in Prometheus, so a caller inventing names must not create them.
 */
export function labelCap(options: {
  readonly known: Iterable<string>;
  readonly maxOthers: number;
  readonly pattern: RegExp;
  readonly overflow: string;
}): (value: string) => string {
  const known = new Set(options.known);
  const others = new Set<string>();
  return (value) => {
    if (known.has(value) || others.has(value)) return value;
    if (others.size >= options.maxOthers || !options.pattern.test(value)) return options.overflow;
    others.add(value);
    return value;
  };
}
