import type { AggregateExpr } from '../ast';
import type { Labels } from '../../model/labels';
import { QueryError } from '../errors';
import { OutputBuilder } from './builder';
import type { EvalContext } from './context';
import { formatFloatV } from '../parser/go-numbers';
import { goSort, heapFix, heapPush, type Less } from './go-heap';
import type { Grid } from './grid';
import { groupSeries } from './grouping';
import { paramStats } from './param-stats';
import { TRACE_SERIES_LIMIT } from './trace-detail';
import type { SeriesCol, VectorVal } from './value';
import { xxhash64 } from '../../util/xxhash64';

export type KAggOp = 'topk' | 'bottomk' | 'limitk' | 'limit_ratio';

/** One candidate sample: its input series index and value at the current step. */
interface Cand {
  readonly j: number;
  readonly v: number;
}

const lessTop: Less<Cand> = (a, b) => Number.isNaN(a.v) || a.v < b.v;
const lessBottom: Less<Cand> = (a, b) => Number.isNaN(a.v) || a.v > b.v;
const MAX_INT64 = 9223372036854775807;

/**
 * aggregateK evaluates topk, bottomk, limitk and limit_ratio: per group and
 * step it keeps (up to) k input samples with their own labels. For an instant
 * query the output order is Prometheus's: groups in order of appearance,
 * topk descending, bottomk ascending (NaN last), limitk in heap order.
 */
export async function aggregateK(ctx: EvalContext, e: AggregateExpr, op: KAggOp, input: VectorVal, param: Float64Array, g: Grid): Promise<VectorVal> {
  const empty: VectorVal = { kind: 'vector', series: [] };
  const { min, max, anyNaN } = paramStats(param);
  if (op === 'limit_ratio') {
    if (max === 0 && min === 0) return empty;
    if (anyNaN) throw new QueryError('execution', 'Ratio value is NaN');
    if (max > 1) ctx.annotations.warn(`ratio value should be between -1 and 1, got ${formatFloatV(max)}, capping to 1`, e.param?.pos);
    if (min < -1) ctx.annotations.warn(`ratio value should be between -1 and 1, got ${formatFloatV(min)}, capping to -1`, e.param?.pos);
  } else {
    if (max < 1) return empty;
    if (anyNaN) throw new QueryError('execution', 'Parameter value is NaN');
    if (min <= -MAX_INT64) throw new QueryError('execution', `Scalar value ${formatFloatV(min)} underflows int64`);
    if (max >= MAX_INT64) throw new QueryError('execution', `Scalar value ${formatFloatV(max)} overflows int64`);
  }

  const series = input.series;
  const { ofSeries, labels } = groupSeries(series, e.grouping, e.without);
  const heaps: Cand[][] = labels.map(() => []);
  const seenAt = new Int32Array(labels.length).fill(-1);
  const out = new OutputBuilder(g.n, ctx.delayedNameRemoval && g.n === 1);
  const offsets = op === 'limit_ratio' ? series.map((s) => ratioOffset(s.labels)) : [];
  const less = op === 'bottomk' ? lessBottom : lessTop;

  for (let i = 0; i < g.n; i++) {
    const tick = ctx.limits.checkpoint();
    if (tick) await tick;
    const p = param[i] ?? 0;
    const k = Math.min(Math.trunc(p), series.length);
    if (op !== 'limit_ratio' && k < 1) continue;
    if (op === 'limit_ratio' && p === 0) continue;
    const r = Math.max(-1, Math.min(1, p));
    for (let j = 0; j < series.length; j++) {
      const s = series[j]!;
      if (s.has[i] !== 1) continue;
      const gi = ofSeries[j]!;
      const h = heaps[gi]!;
      if (seenAt[gi] !== i) {
        seenAt[gi] = i;
        h.length = 0;
      }
      const c: Cand = { j, v: s.vals[i]! };
      switch (op) {
        case 'topk':
        case 'bottomk':
          if (h.length < k) heapPush(h, c, less);
          else if (replaces(op, h[0]!.v, c.v)) {
            h[0] = c;
            if (k > 1) heapFix(h, 0, less);
          }
          break;
        case 'limitk':
          if (h.length < k) heapPush(h, c, lessTop);
          break;
        case 'limit_ratio':
          if (addRatioSample(r, offsets[j]!)) heapPush(h, c, lessTop);
          break;
      }
    }
    for (let gi = 0; gi < labels.length; gi++) {
      if (seenAt[gi] !== i) continue;
      const h = heaps[gi]!;
      if (op === 'topk' || op === 'bottomk') goSort(h, (a, b) => less(b, a));
      for (const c of h) {
        const s: SeriesCol = series[c.j]!;
        out.add(s.labels, s.dropName, i, c.v);
      }
    }
  }
  ctx.tracer?.detail({ kind: 'aggregate', op, inputSeries: series.length, groups: labels.slice(0, TRACE_SERIES_LIMIT), groupCount: labels.length });
  return { kind: 'vector', series: out.series };
}

function replaces(op: 'topk' | 'bottomk', top: number, v: number): boolean {
  if (Number.isNaN(top) && !Number.isNaN(v)) return true;
  return op === 'topk' ? top < v : top > v;
}

/** addRatioSample keeps a series when its offset lies in the ratio's share of [0, 1). */
function addRatioSample(r: number, offset: number): boolean {
  return (r >= 0 && offset < r) || (r < 0 && offset >= 1 + r);
}

/**
 * ratioOffset maps a label set to its sampling offset in [0, 1] exactly as
 * upstream: xxhash64 of the labels' bytes (name 0xff value 0xff ...) divided
 * by the largest uint64, so limit_ratio keeps the same series as Prometheus.
 */
function ratioOffset(labels: Labels): number {
  const bytes: number[] = [];
  for (const l of labels) {
    utf8Into(l.name, bytes);
    bytes.push(0xff);
    utf8Into(l.value, bytes);
    bytes.push(0xff);
  }
  return Number(xxhash64(Uint8Array.from(bytes))) / 2 ** 64;
}

function utf8Into(s: string, out: number[]): void {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
}
