/**
 * `npm run serve -- --data FILE.om [--port 9090] [--host 127.0.0.1] [--experimental]`
 *
 * Loads an OpenMetrics file into an in-memory head (as `promtool tsdb
 * create-blocks-from openmetrics` would) and serves Prometheus's HTTP API
 * over it. Stops cleanly on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { backfillOpenMetrics, createHead } from '../tsdb/index';
import { startServer } from './server';

interface Args {
  data?: string;
  port: number;
  host: string;
  experimental: boolean;
}

const USAGE = 'usage: npm run serve -- --data FILE.om [--port 9090] [--host 127.0.0.1] [--experimental]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { port: 9090, host: '127.0.0.1', experimental: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--data') args.data = value();
    else if (flag === '--port') args.port = Number(value());
    else if (flag === '--host') args.host = value();
    else if (flag === '--experimental') args.experimental = true;
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`invalid --port\n${USAGE}`);
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const head = createHead();
  if (args.data !== undefined) {
    const started = performance.now();
    const r = backfillOpenMetrics(head, readFileSync(args.data, 'utf8'));
    console.error(`loaded ${r.samples} samples in ${r.series} series from ${args.data} (${Math.round(performance.now() - started)} ms)`);
  } else {
    console.error('no --data given: serving an empty TSDB');
  }
  const server = await startServer({ head, port: args.port, host: args.host, experimental: args.experimental, dataFile: args.data });
  console.error(`Prometheus HTTP API listening on ${server.url}/api/v1/`);
  const stop = (signal: string) => {
    console.error(`${signal}: shutting down`);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
