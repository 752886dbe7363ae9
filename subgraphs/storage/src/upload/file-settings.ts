import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { envInteger } from '@telemed/subgraph-kit/env';

/** Content types a file may have: documents and images a consultation needs, nothing a browser would run. */
export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/dicom', 'text/plain'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/** Files one appointment may hold unless `STORAGE_MAX_FILES_PER_APPOINTMENT` says otherwise. */
export const DEFAULT_MAX_FILES_PER_APPOINTMENT = 20;

/** Files one patient may hold across all appointments unless `STORAGE_MAX_FILES_PER_PATIENT` says otherwise. */
export const DEFAULT_MAX_FILES_PER_PATIENT = 500;

/** Upload links live long enough for a slow connection to start a 20 MiB PUT. */
export const UPLOAD_LINK_SECONDS = 15 * 60;
/** Download links are short: a leaked one is useless within minutes. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;

/** Storage's file settings, read once from the environment. */
export interface FileSettings {
  /** Where the local blob store keeps bytes (`STORAGE_DIR`, default `.data/files`). */
  readonly storageDir: string;
  /** Largest file accepted (`STORAGE_MAX_FILE_BYTES`, default 20 MiB). */
  readonly maxFileBytes: number;
  /** Files (pending included) one appointment may hold (`STORAGE_MAX_FILES_PER_APPOINTMENT`, default 20). */
  readonly maxFilesPerAppointment: number;
  /** Files (pending included) one patient may hold, all appointments together (`STORAGE_MAX_FILES_PER_PATIENT`, default 500). */
  readonly maxFilesPerPatient: number;
  /** Where callers reach file links: the gateway's `/files` (`FILES_PUBLIC_URL`, default http://localhost:4000/files). */
  readonly publicUrl: string;
  /** HMAC key of file links (`FILE_LINK_KEY` base64, or `FILE_LINK_KEY_FILE`). */
  readonly linkKey: Buffer;
}

let cached: FileSettings | undefined;

/** The settings of this process (resolvers and the file route share them). */
export function fileSettings(): FileSettings {
  return (cached ??= readFileSettings(process.env));
}

export function readFileSettings(env: NodeJS.ProcessEnv): FileSettings {
  const production = env.NODE_ENV === 'production';
  return {
    storageDir: env.STORAGE_DIR || join(process.cwd(), '.data', 'files'),
    maxFileBytes: envInteger(env, 'STORAGE_MAX_FILE_BYTES', 20 * 1024 * 1024, 1),
    maxFilesPerAppointment: envInteger(env, 'STORAGE_MAX_FILES_PER_APPOINTMENT', DEFAULT_MAX_FILES_PER_APPOINTMENT, 1),
    maxFilesPerPatient: envInteger(env, 'STORAGE_MAX_FILES_PER_PATIENT', DEFAULT_MAX_FILES_PER_PATIENT, 1),
    publicUrl: (env.FILES_PUBLIC_URL || 'http://localhost:4000/files').replace(/\/+$/, ''),
    linkKey: linkKey(production, env),
  };
}

function linkKey(production: boolean, env: NodeJS.ProcessEnv): Buffer {
  if (env.FILE_LINK_KEY) return checked(Buffer.from(env.FILE_LINK_KEY, 'base64'));
  const file = env.FILE_LINK_KEY_FILE ?? join(process.cwd(), '.data', 'keys', 'file-link-key');
  if (!existsSync(file)) {
    // As identity's data key: created outside production, provisioned by a secret store in it.
    if (production) throw new Error(`File link key file ${file} does not exist`);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return checked(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}

function checked(key: Buffer): Buffer {
  if (key.length < 32) throw new Error('The file link key must be at least 32 bytes');
  return key;
}
