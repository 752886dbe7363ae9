import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Upload, type FileUpload } from 'graphql-upload-minimal';

/** An `Upload` variable found in an operation's variables, and where it sat. */
export interface FoundUpload {
  /** Path in the GraphQL multipart request spec's `map` form: `variables.file`. */
  readonly path: string;
  readonly upload: Upload;
}

/** Every `Upload` in `variables` (the gateway's multipart parser put them there), depth first. */
export function findUploads(variables: Readonly<Record<string, unknown>> | undefined): FoundUpload[] {
  const found: FoundUpload[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value instanceof Upload) found.push({ path, upload: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
  };
  for (const [key, value] of Object.entries(variables ?? {})) walk(value, `variables.${key}`);
  return found;
}

/** The variables with each upload replaced by null, as the multipart spec's `operations` field carries them. */
export function withoutUploads(variables: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  return JSON.parse(JSON.stringify(variables ?? {}, (_key, value: unknown) => (value instanceof Upload ? null : value))) as Record<string, unknown>;
}

/**
 * A GraphQL multipart request (operations, map, then one part per file) as a
 * stream of chunks: each file's bytes are read from the caller's request as
 * the subgraph takes them, never held whole.
 */
export function multipartRequest(
  operation: Record<string, unknown>,
  uploads: readonly FoundUpload[],
): { contentType: string; body: AsyncIterable<Buffer>; cutOff: () => FoundUpload | null } {
  let cut: FoundUpload | null = null;
  const boundary = `----telemed-${randomBytes(12).toString('hex')}`;
  const map = Object.fromEntries(uploads.map(({ path }, i) => [String(i), [path]]));
  async function* body(): AsyncGenerator<Buffer> {
    yield field(boundary, 'operations', JSON.stringify(operation));
    yield field(boundary, 'map', JSON.stringify(map));
    for (const [i, found] of uploads.entries()) {
      const { upload } = found;
      const file: FileUpload = await upload.promise;
      yield Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${i}"; filename="${quoted(file.filename)}"\r\ncontent-type: ${file.mimetype}\r\n\r\n`,
      );
      const stream: Readable & { truncated?: boolean } = file.createReadStream();
      for await (const chunk of stream) yield chunk as Buffer;
      // busboy ends a file cut at the size limit like a complete one: abort rather than pass half a file on.
      if (stream.truncated) {
        cut = found;
        throw new Error(`The file "${file.filename}" is larger than the gateway accepts`);
      }
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: body(), cutOff: () => cut };
}

function field(boundary: string, name: string, value: string): Buffer {
  return Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
}

function quoted(filename: string): string {
  return filename.replace(/["\r\n\\]/g, '_');
}
