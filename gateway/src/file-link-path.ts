/**
 * The one shape of path the gateway forwards to storage: `/files/<token>`,
 * where a token is storage's `<payload>.<mac>`, both base64url. Anything else
 * (`/files/../graphql`, `%2e%2e`, double-encoded dots, backslashes, extra
 * segments, a query string smuggling a path) is not a file link.
 */
const FILE_LINK_PATH = /^\/files\/([A-Za-z0-9_-]{1,4096}\.[A-Za-z0-9_-]{16,128})$/;

/**
 * The token of a file-link request's raw `req.url`, or null when the path is
 * anything but `/files/<token>`. The query string is dropped (links have none):
 * the upstream path is rebuilt from this token alone, so nothing the caller
 * sends besides the token can steer where the request lands on storage.
 */
export function fileLinkToken(rawUrl: string | undefined): string | null {
  if (!rawUrl) return null;
  const path = rawUrl.split('?', 1)[0]!;
  const match = FILE_LINK_PATH.exec(path);
  return match ? match[1]! : null;
}
