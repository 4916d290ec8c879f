/**
 * `npm run serve -- [--data FILE.om] [--port 9090] [--host 127.0.0.1] [--experimental]
 *                   [--seed N] [--speed N] [--paused]`
 *
 * With --data: loads an OpenMetrics file into an in-memory head (as
 * `promtool tsdb create-blocks-from openmetrics` would) and serves
 * Prometheus's HTTP API over it.
 *
 * Without --data: runs the default world in real time (× --speed) and
 * serves Prometheus's API, the simulated targets, the Pushgateway, the
 * Alertmanager and the control API (see engine/http/world-routes.ts).
 *
 * Stops cleanly on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { backfillOpenMetrics, createHead } from '../tsdb/index';
import { startServer, type RunningServer } from './server';
import { startWorldServer } from './world-server';

interface Args {
  data?: string;
  port: number;
  host: string;
  experimental: boolean;
  seed: number;
  speed: number;
  paused: boolean;
}

const USAGE = 'usage: npm run serve -- [--data FILE.om] [--port 9090] [--host 127.0.0.1] [--experimental] [--seed 1] [--speed 1] [--paused]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { port: 9090, host: '127.0.0.1', experimental: false, seed: 1, speed: 1, paused: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--data') args.data = value();
    else if (flag === '--port') args.port = Number(value());
    else if (flag === '--host') args.host = value();
    else if (flag === '--experimental') args.experimental = true;
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--speed') args.speed = Number(value());
    else if (flag === '--paused') args.paused = true;
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`invalid --port\n${USAGE}`);
  if (!Number.isInteger(args.seed)) throw new Error(`invalid --seed: an integer\n${USAGE}`);
  if (!(args.speed >= 1 && args.speed <= 3600)) throw new Error(`invalid --speed: 1…3600\n${USAGE}`);
  return args;
}

async function serveData(args: Args & { data: string }): Promise<RunningServer> {
  const head = createHead();
  const started = performance.now();
  const r = backfillOpenMetrics(head, readFileSync(args.data, 'utf8'));
  console.error(`loaded ${r.samples} samples in ${r.series} series from ${args.data} (${Math.round(performance.now() - started)} ms)`);
  const server = await startServer({ head, port: args.port, host: args.host, experimental: args.experimental, dataFile: args.data });
  console.error(`Prometheus HTTP API listening on ${server.url}/api/v1/`);
  return server;
}

async function serveWorld(args: Args): Promise<RunningServer> {
  const server = await startWorldServer({ seed: args.seed, port: args.port, host: args.host, speed: args.speed, paused: args.paused });
  const u = server.url;
  console.error(`world (seed ${args.seed}, speed ×${args.speed}${args.paused ? ', paused' : ''}) on ${u}`);
  console.error(`  Prometheus API   ${u}/api/v1/   (targets: ${u}/api/v1/targets)`);
  console.error(`  Pushgateway      ${u}/pushgateway/metrics/job/<job>`);
  console.error(`  Alertmanager     ${u}/alertmanager/api/v2/alerts`);
  console.error(`  control          ${u}/api/sim/clock, /api/sim/advance?by=1h, /api/sim/incidents, /api/sim/inbox`);
  return server;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const server = args.data !== undefined ? await serveData({ ...args, data: args.data }) : await serveWorld(args);
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
