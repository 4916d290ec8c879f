/**
 * The node:http side of the API: reads a request into an ApiRequest (with a
 * body size cap and a cancel signal), writes an ApiResponse back, gzip- or
 * deflate-compressed when the client asks as Prometheus's CompressionHandler
 * decides (the first exact `gzip` or `deflate` token wins).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { deflateSync, gzipSync } from 'node:zlib';
import type { ApiRequest, ApiResponse } from '../api/index';

/** MAX_BODY_BYTES matches Go's 10 MiB cap on url-encoded form bodies. */
export const MAX_BODY_BYTES = 10 << 20;

export class BodyTooLargeError extends Error {}

/** readApiRequest collects the body; it rejects with BodyTooLargeError past the cap. */
export function readApiRequest(req: IncomingMessage, signal: AbortSignal): Promise<ApiRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop buffering but keep draining, so the 413 reaches a client still uploading.
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      resolve({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body: Buffer.concat(chunks).toString('utf8'), signal });
    });
  });
}

function chooseEncoding(acceptEncoding: string | undefined): 'gzip' | 'deflate' | undefined {
  for (const token of (acceptEncoding ?? '').split(',')) {
    const t = token.trim();
    if (t === 'gzip' || t === 'deflate') return t;
  }
  return undefined;
}

/** writeApiResponse sends the response, compressing API bodies when accepted. */
export function writeApiResponse(res: ServerResponse, apiRes: ApiResponse, acceptEncoding: string | undefined, method: string): void {
  for (const [k, v] of Object.entries(apiRes.headers)) res.setHeader(k, v as string | string[]);
  let body: Buffer = Buffer.from(apiRes.body, 'utf8');
  const encoding = apiRes.compressible ? chooseEncoding(acceptEncoding) : undefined;
  if (encoding !== undefined && apiRes.status !== 204) {
    // Fastest level: Prometheus's compressor (klauspost) is tuned for speed too, and the bytes need not match.
    body = encoding === 'gzip' ? gzipSync(body, { level: 1 }) : deflateSync(body, { level: 1 });
    res.setHeader('Content-Encoding', encoding);
  }
  if (apiRes.status !== 204) res.setHeader('Content-Length', body.length);
  res.writeHead(apiRes.status);
  res.end(method === 'HEAD' || apiRes.status === 204 ? undefined : body);
}
