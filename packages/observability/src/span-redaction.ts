/** Paths whose last segment is a credential (storage's signed file links). */
const TOKEN_PREFIXES = ['/files/'];

/**
 * A URL as spans may record it: without its query (a GET /graphql carries
 * variables, which may hold PHI) and with file-link tokens replaced, keeping
 * the origin when there is one.
 */
export function safeUrlPath(url: string): string {
  let origin = '';
  let path = url;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  if (scheme) {
    origin = scheme[0];
    path = url.slice(origin.length) || '/';
  }
  path = path.split(/[?#]/, 1)[0] ?? '/';
  for (const prefix of TOKEN_PREFIXES) if (path.startsWith(prefix) && path.length > prefix.length) path = `${prefix}{token}`;
  return `${origin}${path}`;
}

/** Longest statement kept on a span. */
const MAX_STATEMENT_LENGTH = 2_000;

/**
 * A SQL statement as spans may record it: the ORM inlines values into the
 * statements it sends (names, notes, reasons: PHI), so every literal (quoted
 * strings, dollar-quoted bodies, numbers) becomes `?`. What is left is the
 * statement's shape: tables, columns, operations.
 */
export function sqlWithoutLiterals(sql: string): string {
  const shape = sql
    .replace(/\$([A-Za-z_][A-Za-z_0-9]*)?\$[\s\S]*?\$\1\$/g, '?')
    .replace(/[eE]'(?:[^'\\]|\\.|'')*'?/g, '?')
    .replace(/'(?:[^']|'')*'?/g, '?')
    .replace(/(?<![$\w"])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, '?');
  return shape.length > MAX_STATEMENT_LENGTH ? `${shape.slice(0, MAX_STATEMENT_LENGTH)}…` : shape;
}
