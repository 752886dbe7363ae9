import { useId, useRef, useState, type FormEvent } from 'react';
import { checkAttachment, formatBytes } from '../attachment-rules';
import { putFile } from '../file-upload';
import { ErrorBanner } from './ErrorBanner';

/** An attached file as the list shows it; each app selects these fields in its own fragment. */
export interface AttachmentView {
  readonly id: string;
  readonly filename: string;
  readonly size: number;
  readonly contentType: string;
  /** A signed GET link valid for minutes; null until the file is READY. */
  readonly downloadUrl?: string | null;
}

/** What `requestFileUpload` is asked for: the file as declared before its bytes are sent. */
export interface UploadDeclaration {
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
}

export interface AttachmentsProps {
  readonly attachments: readonly AttachmentView[];
  /** Runs the app's `requestFileUpload` mutation and answers its `uploadUrl`; rejects with the gateway's error. */
  readonly requestUpload: (declaration: UploadDeclaration) => Promise<string>;
  /** After the bytes are stored: refetch the list (only READY files are listed, so the mutation's answer cannot add it). */
  readonly onUploaded: () => Promise<unknown>;
}

/**
 * An appointment's attachments and a control to add one. The operations stay
 * in each app (their fragments and mutation are the app's own), so this takes
 * the data and the calls: it checks the file, declares it, PUTs the bytes to
 * the link with the declared type, then asks for the list again.
 */
export function Attachments({ attachments, requestUpload, onUploaded }: AttachmentsProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState<string | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setError(null);
    const file = input.current?.files?.[0];
    if (!file) return setProblem('Choose a file to upload.');
    const check = checkAttachment(file);
    if (!check.ok) return setProblem(check.problem);
    setUploading(file.name);
    try {
      const uploadUrl = await requestUpload({
        filename: file.name,
        contentType: check.contentType,
        size: file.size,
      });
      await putFile(uploadUrl, file, check.contentType);
      await onUploaded();
      if (input.current) input.current.value = '';
    } catch (failure) {
      setError(failure);
    } finally {
      setUploading(null);
    }
  }

  return (
    <div data-testid="attachments">
      {attachments.length === 0 ? (
        <p className="muted">No files attached.</p>
      ) : (
        <ul>
          {attachments.map((file) => (
            <li key={file.id}>
              {file.downloadUrl ? (
                // `download`: the link is the gateway's (another origin), which serves it as an attachment anyway.
                <a href={file.downloadUrl} download={file.filename}>
                  {file.filename}
                </a>
              ) : (
                file.filename
              )}{' '}
              <span className="muted">· {formatBytes(file.size)}</span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void upload(e)} aria-label="Attach a file" aria-busy={uploading !== null}>
        <label htmlFor={inputId}>File to attach (PDF, PNG, JPEG, DICOM or text; at most 20 MB)</label>
        <input
          id={inputId}
          ref={input}
          type="file"
          name="attachment"
          accept=".pdf,.png,.jpg,.jpeg,.dcm,.txt,application/pdf,image/png,image/jpeg,application/dicom,text/plain"
          disabled={uploading !== null}
          onChange={() => setProblem(null)}
        />
        <button type="submit" disabled={uploading !== null}>
          {uploading ? 'Uploading…' : 'Upload'}
        </button>
        {uploading && (
          <p className="muted" role="status">
            Uploading {uploading}…
          </p>
        )}
        {problem && (
          <p role="alert" className="error-banner">
            {problem}
          </p>
        )}
        <ErrorBanner error={error} />
      </form>
    </div>
  );
}
