import { Readable } from 'node:stream';
import { Upload, type FileUpload } from 'graphql-upload-minimal';
import { findUploads, multipartRequest, withoutUploads } from './upload-forwarding';

function uploadOf(bytes: string, filename = 'a.txt', options: { truncated?: boolean } = {}): Upload {
  const upload = new Upload();
  const stream = Object.assign(Readable.from([Buffer.from(bytes)]), { truncated: options.truncated ?? false });
  const file = { filename, fieldName: '0', mimetype: 'text/plain', encoding: '7bit', createReadStream: () => stream } as unknown as FileUpload;
  (upload as unknown as { resolve(file: FileUpload): void }).resolve(file);
  return upload;
}

async function text(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
}

describe('upload forwarding', () => {
  it('finds uploads at any depth and nulls them in the operation', () => {
    const one = uploadOf('x');
    const two = uploadOf('y');
    const variables = { id: '1', file: one, input: { docs: [{ file: two }] } };
    expect(findUploads(variables).map((f) => f.path)).toEqual(['variables.file', 'variables.input.docs.0.file']);
    expect(withoutUploads(variables)).toEqual({ id: '1', file: null, input: { docs: [{ file: null }] } });
    expect(findUploads({ id: '1' })).toEqual([]);
  });

  it('writes a GraphQL multipart request: operations, map, then the file', async () => {
    const variables = { file: uploadOf('hello', 'greeting.txt') };
    const request = multipartRequest({ query: 'mutation', variables: withoutUploads(variables) }, findUploads(variables));
    const boundary = request.contentType.split('boundary=')[1]!;
    const body = await text(request.body);
    const parts = body.split(`--${boundary}`);
    expect(parts[1]).toContain('name="operations"\r\n\r\n{"query":"mutation","variables":{"file":null}}');
    expect(parts[2]).toContain('name="map"\r\n\r\n{"0":["variables.file"]}');
    expect(parts[3]).toContain('name="0"; filename="greeting.txt"\r\ncontent-type: text/plain\r\n\r\nhello\r\n');
    expect(parts[4]).toBe('--\r\n');
  });

  it('aborts rather than forward a file cut at the size limit', async () => {
    const variables = { file: uploadOf('cut', 'big.pdf', { truncated: true }) };
    const request = multipartRequest({ query: 'mutation', variables: withoutUploads(variables) }, findUploads(variables));
    await expect(text(request.body)).rejects.toThrow('larger than the gateway accepts');
    expect(request.cutOff()?.path).toBe('variables.file');
  });
});
