import { fileLinkToken } from './file-link-path';

const token = `${Buffer.from(JSON.stringify({ v: 1, f: 'file', m: 'GET' })).toString('base64url')}.${'a'.repeat(43)}`;

describe('fileLinkToken', () => {
  it('takes the token of /files/<token>, dropping a query string', () => {
    expect(fileLinkToken(`/files/${token}`)).toBe(token);
    expect(fileLinkToken(`/files/${token}?x=/graphql`)).toBe(token);
  });

  it.each([
    '/files/../graphql',
    '/files/..%2fgraphql',
    '/files/%2e%2e/graphql',
    '/files/%2E%2E%2Fgraphql',
    '/files/%252e%252e%252fgraphql',
    '/files/..\\graphql',
    '/files/%5c..%5cgraphql',
    `/files/${token}/../../graphql`,
    `/files/${token}/x`,
    `/files//${token}`,
    `/files/./${token}`,
    `/files/${token}%00`,
    `/files/${token}#x`,
    '/files/',
    '/files/abc',
    '/files/a.b',
    `/FILES/${token}`,
    `//files/${token}`,
    `http://storage/graphql?/files/${token}`,
    `/files/${'a'.repeat(5000)}.${'b'.repeat(43)}`,
  ])('refuses %s', (path) => {
    expect(fileLinkToken(path)).toBeNull();
  });
});
