/**
 * listen runs an ApiRequest → ApiResponse handler on node:http: bodies are
 * read with a size cap, a client that goes away cancels its request, and
 * responses are compressed when the client accepts it. Both server modes
 * (data file and world) use it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiRequest, ApiResponse } from '../api/index';
import { BodyTooLargeError, readApiRequest, writeApiResponse } from './http-adapter';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:9090 */
  readonly url: string;
  readonly port: number;
  /** close stops accepting, ends open connections and resolves when done. */
  close(): Promise<void>;
}

export async function listen(handle: (req: ApiRequest) => Promise<ApiResponse>, port: number, host: string): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const abort = new AbortController();
    // A client that goes away cancels its query, as Go's request context does.
    res.on('close', () => {
      if (!res.writableEnded) abort.abort();
    });
    readApiRequest(req, abort.signal)
      .then(async (apiReq) => writeApiResponse(res, await handle(apiReq), req.headers['accept-encoding'], apiReq.method))
      .catch((err: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        const tooLarge = err instanceof BodyTooLargeError;
        res.writeHead(tooLarge ? 413 : 400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
        res.end(tooLarge ? 'http: request body too large\n' : '400 Bad Request\n');
      });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const h = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${h}:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
