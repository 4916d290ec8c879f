import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

/** The sub-path `npm run test:browser` builds the static export under. */
export const STATIC_BASE_PATH = '/sub/playground';

/** Starts `next start` on a free port for the browser tests and stops it afterwards. */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not come up within ${timeoutMs} ms`);
}

let server: ChildProcess | undefined;
let staticServer: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  const port = await freePort();
  // Its own process group, so teardown can stop next-server and everything it forked.
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(baseUrl, 60_000);
  project.provide('baseUrl', baseUrl);
  // The static export (built by test:browser into out/), served by a plain file server under a sub-path.
  const out = join(process.cwd(), 'out');
  if (existsSync(out)) {
    const staticPort = await freePort();
    staticServer = await startStaticServer(out, STATIC_BASE_PATH, staticPort);
    project.provide('staticUrl', `http://127.0.0.1:${staticPort}${STATIC_BASE_PATH}`);
  } else {
    project.provide('staticUrl', '');
  }
}

export async function teardown(): Promise<void> {
  staticServer?.close();
  if (server?.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The static export's root URL (sub-path included), '' when out/ was not built. */
    staticUrl: string;
  }
}
