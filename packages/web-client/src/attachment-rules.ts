/**
 * What storage accepts as an attachment (subgraphs/storage/README.md,
 * decision 30), checked in the browser first so a wrong file is refused with
 * a clear sentence before anything is requested or sent. Storage checks the
 * same again; these only spare the user a round trip.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'application/dicom': 'DICOM image',
  'text/plain': 'text file',
};

/** Storage's default `STORAGE_MAX_FILE_BYTES` (20 MiB). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

// Browsers report no type for DICOM files (and some for others), so the extension decides then.
const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  dcm: 'application/dicom',
  dicom: 'application/dicom',
  txt: 'text/plain',
};

/** The parts of a browser `File` the check reads (a plain object in unit tests). */
export interface FileFacts {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

export type AttachmentCheck =
  { readonly ok: true; readonly contentType: string } | { readonly ok: false; readonly problem: string };

/** The content type to declare for a file, or why it cannot be attached. */
export function checkAttachment(file: FileFacts, maxBytes = MAX_ATTACHMENT_BYTES): AttachmentCheck {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const contentType = file.type && file.type in ATTACHMENT_TYPES ? file.type : BY_EXTENSION[extension];
  if (!contentType) {
    const allowed = Object.values(ATTACHMENT_TYPES).join(', ');
    return {
      ok: false,
      problem: `${file.name} cannot be attached: only these kinds of file can (${allowed}).`,
    };
  }
  if (file.size === 0) return { ok: false, problem: `${file.name} is empty.` };
  if (file.size > maxBytes) {
    return {
      ok: false,
      problem: `${file.name} is ${formatBytes(file.size)}; files can be at most ${formatBytes(maxBytes)}.`,
    };
  }
  return { ok: true, contentType };
}

/** A size as people read it: 512 B, 3.4 KB, 20 MB (binary units, as the limit is). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
