/**
 * startServer runs the HTTP API over a loaded head on node:http. Used by the
 * `serve` CLI, the end-to-end tests and the HTTP benchmark.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiHandler } from '../api/index';
import type { Head } from '../tsdb/index';
import { BodyTooLargeError, readApiRequest, writeApiResponse } from './http-adapter';
import { serveDeps } from './serve-deps';

export interface ServerOptions {
  readonly head: Head;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  readonly experimental?: boolean;
  readonly dataFile?: string;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:9090 */
  readonly url: string;
  readonly port: number;
  /** close stops accepting, ends open connections and resolves when done. */
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const handle = createApiHandler(serveDeps({ head: opts.head, experimental: opts.experimental, listenAddress: `${opts.host}:${opts.port}`, dataFile: opts.dataFile }));
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
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
