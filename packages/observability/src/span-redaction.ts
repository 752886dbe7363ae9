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
