import { Agent, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { Transform } from 'node:stream';
import { CORRELATION_HEADER } from '@telemed/observability/correlation';
import type { Logger } from '@telemed/observability/logger';
import type { Handler } from '@telemed/http-server/service';
import { CLIENT_IP_HEADER, correlate } from './context';
import { handleCors, type CorsPolicy } from './cors';
import { fileLinkToken } from './file-link-path';
import type { ServiceCredentials } from './service-credentials';

/** The gateway's route for file links; storage serves the same path. */
export const FILES_ROUTE = '/files/*';

export interface FileProxyOptions {
  /** Storage's origin (from its routing URL). */
  readonly storage: URL;
  readonly credentials: ServiceCredentials;
  /** Bodies beyond this are cut off with 413 whatever the link declared (storage checks the exact size). */
  readonly maxBytes: number;
  readonly cors: CorsPolicy;
  readonly logger: Logger;
}

/** Headers of storage's answer the caller gets; nothing else of storage's leaks out. */
const RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control', 'allow'];

class TooLargeError extends Error {}

/**
 * Forwards `/files/<token>` to storage with the gateway's service token,
 * streaming both ways: an upload is never held in memory, and its bytes are
 * counted as they pass so an oversized body is cut off at `maxBytes`. The
 * token in the path is the only credential: storage verifies it.
 *
 * Only `/files/<token>` is forwarded, and the upstream path is rebuilt from
 * the validated token: the request carries the gateway's service token, so a
 * path such as `/files/../graphql` forwarded as sent would reach storage's
 * other routes with the gateway's authority. Anything else is 404 here.
 */
export function createFileProxy(options: FileProxyOptions): Handler {
  // A pool of its own: a slow 20 MiB upload must not hold a socket GraphQL fetches wait for.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  return async (req, res) => {
    const token = fileLinkToken(req.url);
    if (token === null) {
      correlate(req, res);
      return refuse(req, res, 404, 'NOT_FOUND', 'Not a file link');
    }
    if (handleCors(req, res, options.cors, 'GET, HEAD, PUT, OPTIONS')) return;
    const correlationId = correlate(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'PUT') {
      return refuse(req, res, 405, 'METHOD_NOT_ALLOWED', 'File links take PUT (upload) or GET (download)');
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', `Uploads are limited to ${options.maxBytes} bytes`);
    }
    const headers: Record<string, string> = {
      ...(await options.credentials('storage')),
      [CORRELATION_HEADER]: correlationId,
    };
    if (req.socket.remoteAddress) headers[CLIENT_IP_HEADER] = req.socket.remoteAddress;
    for (const name of ['content-type', 'content-length']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }

    // Built from the token alone: base64url and one dot cannot form another path.
    const url = new URL(`/files/${token}`, options.storage);
    await new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve();
      };
      const upstream = request(url, { method: req.method, headers, agent }, (answer) => {
        const forwarded: Record<string, string> = {};
        for (const name of RESPONSE_HEADERS) {
          const value = answer.headers[name];
          if (typeof value === 'string') forwarded[name] = value;
        }
        if (res.headersSent) {
          answer.resume();
          return finish();
        }
        // A caller who stops reading a download releases storage's stream too.
        res.once('close', () => {
          if (!res.writableFinished) upstream.destroy();
        });
        res.writeHead(answer.statusCode ?? 502, forwarded);
        answer.pipe(res);
        answer.once('end', finish);
        answer.once('error', () => (res.destroy(), finish()));
      });
      upstream.once('error', (error) => {
        if (error instanceof TooLargeError || done) return finish();
        options.logger.warn({ err: error, correlationId }, 'file request to storage failed');
        if (!res.headersSent) refuse(req, res, 502, 'BAD_GATEWAY', 'Storage did not answer');
        else res.destroy();
        finish();
      });
      if (req.method !== 'PUT') {
        upstream.end();
        return;
      }
      let seen = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, next) {
          seen += chunk.length;
          if (seen > options.maxBytes) return next(new TooLargeError());
          next(null, chunk);
        },
      });
      counter.once('error', () => {
        // Cut off: storage's half-written upload is abandoned (it releases the claim), the caller gets 413.
        req.unpipe(counter);
        upstream.destroy(new TooLargeError());
        if (!res.headersSent) refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', `Uploads are limited to ${options.maxBytes} bytes`);
        finish();
      });
      // `pipe`, not `pipeline`: an error must not destroy the caller's socket before the refusal is written.
      req.pipe(counter).pipe(upstream);
      req.once('close', () => {
        if (!req.complete) upstream.destroy(new Error('The caller went away'));
      });
    });
  };
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  req.resume();
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
