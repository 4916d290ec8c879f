import type { ApiSignals, MlSignals, NodeSignals } from '../exporters/index';
import type { Incident } from './incidents';
import type { Incidents } from './incidents';
import type { IncidentKind } from './incident-kinds';
import type { LoadModel } from './load-model';
import { targetMatches, type SimTarget, type TargetKind } from './targets';
import type { AppDeployment } from './topology';

/**
 * The coupling of the world's signals, computed from the load model, the
 * incidents and the running targets at a time `t`:
 * - traffic splits evenly over the serving replicas of a service;
 * - saturation = per-replica rate / capacity: latency grows as 1/(1-u),
 *   past 1 the excess fails (503s, inference timeouts);
 * - inference traffic follows shop traffic; GPU utilisation follows inference;
 * - a node's CPU, memory, network and disk follow the pods placed on it.
 */
export interface SignalContext {
  readonly load: LoadModel;
  readonly incidents: Incidents;
  readonly deployment: (kind: 'api' | 'ml') => AppDeployment;
  /** Targets of a kind that currently answer (a stopped one gets no traffic). */
  readonly serving: (kind: TargetKind) => readonly SimTarget[];
  /** Latency multiplier of a version (a bad deploy registers its version here). */
  readonly versionLatency: ReadonlyMap<string, number>;
}

const BASE_ERROR_RATIO = 0.0008;

/** NONE is what `matching` returns without incidents of a kind (the usual case): no array per call. */
const NONE: readonly Incident[] = Object.freeze([]);

function matching(ctx: SignalContext, kind: IncidentKind, t: SimTarget, tMs: number): readonly Incident[] {
  if (!ctx.incidents.has(kind)) return NONE;
  return ctx.incidents.activeAt(kind, tMs).filter((i) => targetMatches(i.target, t));
}

function num(i: Incident, key: string): number {
  const v = i.params[key];
  return typeof v === 'number' ? v : Number(v ?? 0);
}

/** spike is the product of the active traffic-spike multipliers that reach `kind`'s traffic. */
function spike(ctx: SignalContext, kind: 'api' | 'ml', tMs: number): number {
  if (!ctx.incidents.has('traffic-spike')) return 1;
  let m = 1;
  for (const i of ctx.incidents.activeAt('traffic-spike', tMs)) {
    // Shop traffic drives inference, so a spike on the API reaches the models too.
    if (i.target === '' || i.target === kind || (kind === 'ml' && (i.target === 'api' || i.target === 'shop')) || (kind === 'api' && i.target === 'shop')) m *= num(i, 'multiplier');
  }
  return m;
}

/** podRps is the request rate one serving replica of `kind` receives at `tMs`. */
export function podRps(ctx: SignalContext, kind: 'api' | 'ml', tMs: number): number {
  const total = (kind === 'api' ? ctx.load.apiRps(tMs) : ctx.load.mlRps(tMs)) * spike(ctx, kind, tMs);
  return total / Math.max(1, ctx.serving(kind).length);
}

/** scrapeDelay is the signals' scrapeDelayMs alone: the extra ms a scrape of `t` takes at `tMs` (slow-scrape incidents). */
export function scrapeDelay(ctx: SignalContext, t: SimTarget, tMs: number): number {
  let d = 0;
  for (const i of matching(ctx, 'slow-scrape', t, tMs)) d += num(i, 'delayMs');
  return d;
}

export function apiSignals(ctx: SignalContext, t: SimTarget, tMs: number): ApiSignals {
  const rps = podRps(ctx, 'api', tMs) * (0.97 + 0.06 * (t.jitter - 0.8) / 0.4);
  const handlerErrorRatio: Record<string, number> = {};
  for (const i of matching(ctx, 'error-burst', t, tMs)) {
    const h = String(i.params['handler']);
    handlerErrorRatio[h] = (handlerErrorRatio[h] ?? 0) + num(i, 'ratio');
  }
  let leak = 0;
  for (const i of matching(ctx, 'memory-leak', t, tMs)) leak += num(i, 'bytesPerSec') * t.jitter;
  let users = 0;
  for (const i of matching(ctx, 'cardinality-explosion', t, tMs)) users += num(i, 'usersPerSec');
  return {
    rps,
    saturation: rps / ctx.deployment('api').capacityRps,
    errorRatio: BASE_ERROR_RATIO,
    handlerErrorRatio,
    latencyFactor: ctx.versionLatency.get(t.version) ?? 1,
    version: t.version,
    leakBytesPerSec: leak,
    newUserIdsPerSec: users,
    scrapeDelayMs: scrapeDelay(ctx, t, tMs),
  };
}

export function mlSignals(ctx: SignalContext, t: SimTarget, tMs: number): MlSignals {
  const rps = podRps(ctx, 'ml', tMs) * (0.97 + 0.06 * (t.jitter - 0.8) / 0.4);
  const drift: Record<string, number> = {};
  for (const i of matching(ctx, 'model-drift', t, tMs)) {
    const model = String(i.params['model']);
    const ramp = Math.max(1, num(i, 'rampMs'));
    drift[model] = (drift[model] ?? 0) + num(i, 'score') * Math.min(1, (tMs - i.startMs) / ramp);
  }
  return {
    rps,
    saturation: rps / ctx.deployment('ml').capacityRps,
    errorRatio: BASE_ERROR_RATIO,
    latencyFactor: ctx.versionLatency.get(t.version) ?? 1,
    drift,
    scrapeDelayMs: scrapeDelay(ctx, t, tMs),
  };
}

const MiB = 2 ** 20;
const APP_KINDS = ['api', 'ml'] as const;

/** podsOn counts the targets placed on node `nodeName` (without a filtered copy per call). */
function podsOn(targets: readonly SimTarget[], nodeName: string): number {
  let n = 0;
  for (const p of targets) if (p.nodeName === nodeName) n++;
  return n;
}

export function nodeSignals(ctx: SignalContext, t: SimTarget, tMs: number): NodeSignals {
  let cpu = 0.03 + 0.02 * t.jitter;
  let mem = 900 * MiB;
  let rx = 40_000;
  let tx = 30_000;
  let write = 150_000;
  let read = 20_000;
  for (const kind of APP_KINDS) {
    const pods = podsOn(ctx.serving(kind), t.name);
    if (pods === 0) continue;
    const rps = podRps(ctx, kind, tMs);
    const u = rps / ctx.deployment(kind).capacityRps;
    for (let i = 0; i < pods; i++) {
      // An API pod takes ~2 cores of 8 at saturation; an inference pod's work is on its GPU, its CPU feeds it.
      cpu += (kind === 'api' ? 0.25 : 0.12) * Math.min(u, 1.2);
      mem += kind === 'api' ? 180 * MiB + rps * MiB : 3 * 1024 * MiB + rps * 4 * MiB;
      rx += rps * (kind === 'api' ? 2_000 : 6_000);
      tx += rps * (kind === 'api' ? 9_000 : 1_500);
      write += rps * 600;
      read += rps * 120;
    }
  }
  let fill = 0;
  for (const i of matching(ctx, 'disk-filling', t, tMs)) fill += num(i, 'bytesPerSec');
  return {
    cpuBusy: Math.min(1, cpu),
    memUsedBytes: mem,
    netRxBytesPerSec: rx,
    netTxBytesPerSec: tx,
    diskReadBytesPerSec: read,
    diskWriteBytesPerSec: write,
    diskFillBytesPerSec: fill,
    scrapeDelayMs: scrapeDelay(ctx, t, tMs),
  };
}
