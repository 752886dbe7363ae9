import type { StoredFile } from '../file/file.entity';

/** What `requestFileUpload` returns (the model behind `FileUploadTicket`). */
export interface FileUploadTicketModel {
  readonly file: StoredFile;
  readonly uploadUrl: string;
  readonly expiresAt: Date;
}
