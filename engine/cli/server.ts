/**
 * startServer runs the HTTP API over a loaded head on node:http. Used by the
 * `serve --data` CLI, the end-to-end tests and the HTTP benchmark.
 */
import { createApiHandler } from '../api/index';
import type { Head } from '../tsdb/index';
import { listen, type RunningServer } from './http-listen';
import { serveDeps } from './serve-deps';

export type { RunningServer } from './http-listen';

export interface ServerOptions {
  readonly head: Head;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  readonly experimental?: boolean;
  readonly dataFile?: string;
}

export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const handle = createApiHandler(serveDeps({ head: opts.head, experimental: opts.experimental, listenAddress: `${opts.host}:${opts.port}`, dataFile: opts.dataFile }));
  return listen(handle, opts.port, opts.host);
}
