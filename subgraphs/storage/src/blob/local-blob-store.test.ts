import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { BlobTooLargeError, BlobTooShortError } from './blob-store';
import { LocalBlobStore } from './local-blob-store';

describe('LocalBlobStore', () => {
  const root = mkdtempSync(join(tmpdir(), 'blobs-'));
  const store = new LocalBlobStore(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores, serves and deletes bytes by key', async () => {
    expect(await store.put('files/a', Readable.from([Buffer.from('hello '), Buffer.from('world')]), { exactBytes: 11 })).toEqual({ size: 11 });
    expect(await text((await store.get('files/a'))!)).toBe('hello world');
    await store.delete('files/a');
    expect(await store.get('files/a')).toBeNull();
  });

  it('leaves nothing behind for a body longer or shorter than declared', async () => {
    await expect(store.put('files/b', Readable.from([Buffer.alloc(8), Buffer.alloc(8)]), { exactBytes: 10 })).rejects.toBeInstanceOf(BlobTooLargeError);
    await expect(store.put('files/c', Readable.from([Buffer.alloc(4)]), { exactBytes: 10 })).rejects.toBeInstanceOf(BlobTooShortError);
    expect(await store.get('files/b')).toBeNull();
    expect(await store.get('files/c')).toBeNull();
    expect(readdirSync(join(root, 'files')).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('takes up to a limit when no exact size was declared', async () => {
    expect(await store.put('files/d', Readable.from([Buffer.alloc(6)]), { maxBytes: 10 })).toEqual({ size: 6 });
    await expect(store.put('files/e', Readable.from([Buffer.alloc(11)]), { maxBytes: 10 })).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await store.get('files/e')).toBeNull();
  });

  it('refuses a key that leaves its folder', async () => {
    await expect(store.put('../escape', Readable.from([]), { exactBytes: 0 })).rejects.toThrow('leaves the store');
  });
});
