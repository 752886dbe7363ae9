import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller, Role } from '@telemed/auth/claims';
import type { Handler } from '@telemed/http-server/service';
import { CORRELATION_HEADER, correlationIdFrom } from '@telemed/observability/correlation';
import type { Logger } from '@telemed/observability/logger';
import { AuditRecorder } from '@telemed/subgraph-kit/audit-recorder';
import type { RouteDeps } from '@telemed/subgraph-kit/definition';
import type { SubgraphEnv } from '@telemed/subgraph-kit/env';
import { recordEvent } from '@telemed/subgraph-kit/events/record-event';
import { requireServiceToken, servicePrincipalOf } from '@telemed/subgraph-kit/service-authentication';
import { BlobTooLargeError, BlobTooShortError, type BlobStore } from '../blob/blob-store';
import { blobStore } from '../blob/blobs';
import { StoredFile } from '../file/file.entity';
import { fileSettings, type FileSettings } from './file-settings';
import { InvalidFileLinkError, verifyFileLink, type FileLinkClaims } from './file-token';

/** The gateway forwards `/files/<token>` here: the file links `requestFileUpload` and `File.downloadUrl` hand out. */
export const FILES_ROUTE = '/files/*';

/**
 * Storage's file links: `PUT /files/<token>` stores an upload's bytes,
 * `GET /files/<token>` serves them. Reached only through the gateway (its
 * service token); the link's HMAC is what authorizes the holder.
 */
export function fileRoutes(env: SubgraphEnv, deps: RouteDeps): Record<string, Handler> {
  if (!env.serviceTrust) throw new Error('storage: file links need the service-token trust bundle');
  const settings = fileSettings();
  const files = new FileLinks(blobStore(), settings, deps);
  return { [FILES_ROUTE]: requireServiceToken('storage', env.serviceTrust, (req, res) => files.serve(req, res)) };
}

class FileLinks {
  constructor(
    private readonly blobs: BlobStore,
    private readonly settings: FileSettings,
    private readonly deps: RouteDeps,
  ) {}

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    res.setHeader(CORRELATION_HEADER, correlationId);
    const token = decodeURIComponent(((req.url ?? '').split('?', 1)[0] ?? '').slice('/files/'.length));
    const method = req.method === 'PUT' ? 'PUT' : req.method === 'GET' || req.method === 'HEAD' ? 'GET' : null;
    if (!method) return refuse(req, res, 405, 'METHOD_NOT_ALLOWED', 'File links take PUT (upload) or GET (download)', { allow: 'GET, HEAD, PUT' });
    let claims: FileLinkClaims;
    try {
      claims = verifyFileLink(token, method, this.settings.linkKey);
    } catch (error) {
      if (error instanceof InvalidFileLinkError) return refuse(req, res, 403, 'FORBIDDEN', error.message);
      throw error;
    }
    const logger = this.deps.logger.child({ correlationId, userId: claims.userId, fileId: claims.fileId });
    const em = this.deps.orm.em.fork({ loggerContext: { correlationId } }) as EntityManager;
    return method === 'PUT' ? this.upload(req, res, claims, em, correlationId, logger) : this.download(req, res, claims, em, correlationId);
  }

  private async upload(req: IncomingMessage, res: ServerResponse, claims: FileLinkClaims, em: EntityManager, correlationId: string, logger: Logger): Promise<void> {
    const file = await em.findOne(StoredFile, { id: claims.fileId });
    if (!file) return refuse(req, res, 404, 'NOT_FOUND', 'No such file');
    if (file.status !== 'PENDING') return refuse(req, res, 409, 'CONFLICT', 'This file was already uploaded');
    const type = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
    if (type !== file.contentType) return refuse(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', `The upload must be sent as ${file.contentType}, as declared`);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > file.size) return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', `The body is larger than the declared ${file.size} bytes`);

    // Claimed before any byte is read: a second PUT of the same link, even a concurrent one, gets 409.
    const claimed = await em.nativeUpdate(StoredFile, { id: file.id, status: 'PENDING' }, { status: 'UPLOADING' });
    if (!claimed) return refuse(req, res, 409, 'CONFLICT', 'This file was already uploaded');

    // The blob store reads a pass-through, not the request: when it stops
    // early (too many bytes) the request is drained, not destroyed, so the
    // refusal still reaches the caller.
    const body = new PassThrough();
    req.pipe(body);
    // `pipe` forwards no errors: a caller who goes away mid-body must still end the write (and release the claim).
    req.once('close', () => {
      if (!req.complete) body.destroy(new Error('The upload was interrupted'));
    });
    try {
      await this.blobs.put(file.storageKey, body, { exactBytes: file.size });
    } catch (error) {
      req.unpipe(body);
      await em.nativeUpdate(StoredFile, { id: file.id }, { status: 'PENDING' });
      if (error instanceof BlobTooLargeError) return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', error.message);
      if (error instanceof BlobTooShortError) return refuse(req, res, 400, 'BAD_REQUEST', error.message);
      logger.error({ err: error }, 'upload failed');
      return refuse(req, res, 500, 'INTERNAL_SERVER_ERROR', 'The upload could not be stored');
    }

    try {
      await em.transactional(async (tx) => {
        const uploadedAt = new Date();
        await tx.nativeUpdate(StoredFile, { id: file.id }, { status: 'READY' });
        recordEvent(
          tx,
          'storage.file_uploaded',
          {
            file_id: file.id,
            owner_id: file.ownerId,
            appointment_id: file.appointmentId,
            content_type: file.contentType,
            size_bytes: file.size,
            uploaded_at: uploadedAt.toISOString(),
          },
          { subgraph: 'storage', correlationId, caller: { userId: claims.userId } },
        );
      });
    } catch (error) {
      // Bytes without a READY row would never be served: remove them and let the link be used again.
      await this.blobs.delete(file.storageKey);
      await em.nativeUpdate(StoredFile, { id: file.id }, { status: 'PENDING' });
      throw error;
    }
    logger.info({ size: file.size }, 'file uploaded');
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ file: { id: file.id, status: 'READY', size: file.size } }));
  }

  private async download(req: IncomingMessage, res: ServerResponse, claims: FileLinkClaims, em: EntityManager, correlationId: string): Promise<void> {
    const file = await em.findOne(StoredFile, { id: claims.fileId });
    if (!file || file.status !== 'READY') return refuse(req, res, 404, 'NOT_FOUND', 'No such file');
    const bytes = await this.blobs.get(file.storageKey);
    if (!bytes) return refuse(req, res, 404, 'NOT_FOUND', 'The file’s bytes are not stored');
    // A download is a read of clinical data: recorded before the bytes leave, as GraphQL reads are.
    const caller: Caller = { userId: claims.userId, roles: claims.roles as Role[], patientId: null, doctorId: null, scopes: [] };
    const audit = new AuditRecorder({ caller, viaService: servicePrincipalOf(req).issuer, correlationId }, true);
    audit.read('File', file.id);
    await audit.flush(em);
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': String(file.size),
      // Never rendered in the gateway's origin: saved, and not sniffed into something executable.
      'content-disposition': contentDisposition(file.filename),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    if (req.method === 'HEAD') {
      bytes.destroy();
      res.end();
      return;
    }
    await pipeline(bytes, res);
  }
}

/** `attachment` with an ASCII fallback and the exact name in RFC 5987 form. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  // Drain what is left of the body so the gateway's keep-alive socket stays usable.
  req.resume();
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
