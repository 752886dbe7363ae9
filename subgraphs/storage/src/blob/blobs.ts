import type { BlobStore } from './blob-store';
import { LocalBlobStore } from './local-blob-store';
import { fileSettings } from '../upload/file-settings';

let store: BlobStore | undefined;

/** This process's blob store, shared by the file route and the upload resolver (local disk until S3 lands). */
export function blobStore(): BlobStore {
  return (store ??= new LocalBlobStore(fileSettings().storageDir));
}
