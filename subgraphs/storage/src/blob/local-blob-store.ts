import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobTooLargeError, BlobTooShortError, type BlobLimits, type BlobStore } from './blob-store';

/**
 * Blobs as files under one folder (`STORAGE_DIR`). Bytes go to a temporary
 * file and are renamed into place only once complete, so a reader never sees
 * half a file and a failed upload leaves nothing under its key.
 */
export class LocalBlobStore implements BlobStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Readable, limits: BlobLimits): Promise<{ size: number }> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.part`;
    const limit = 'exactBytes' in limits ? limits.exactBytes : limits.maxBytes;
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        // Refused as soon as the declared size is passed, not after the whole body arrived.
        if (size > limit) return done(new BlobTooLargeError(limit));
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, count, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      if ('exactBytes' in limits && size !== limits.exactBytes) throw new BlobTooShortError(limits.exactBytes, size);
      await rename(temporary, target);
      return { size };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    const path = this.pathOf(key);
    try {
      if (!(await stat(path)).isFile()) return null;
    } catch {
      return null;
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Keys are ours (`files/<uuid>`), but a key must never name a path outside the root all the same. */
  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Blob key "${key}" leaves the store`);
    return join(path);
  }
}
