import type { SubqueryExpr } from '../ast';
import type { EvalContext, EvalFn } from './context';
import { makeGrid, type Grid } from './grid';
import type { RangeInput, RangeSeries } from './range-input';

/**
 * subqueryGrid returns the inner grid of a subquery: steps at multiples of the
 * subquery step in absolute time, from the first one after
 * (first window end − range) up to the last window end.
 */
function subqueryGrid(ctx: EvalContext, sq: SubqueryExpr, g: Grid): Grid {
  const step = sq.stepMs > 0 ? sq.stepMs : ctx.defaultSubqueryStepMs;
  const atMs = sq.at?.kind === 'time' ? sq.at.ms : undefined;
  const first = (atMs ?? g.startMs) - sq.offsetMs;
  const last = (atMs ?? g.endMs) - sq.offsetMs;
  const from = first - sq.rangeMs;
  const start = Math.floor(from / step) * step + step;
  return makeGrid(start, last, step);
}

/**
 * loadSubquery evaluates a subquery's inner expression over its own grid and
 * returns the result as a range input for windowing.
 */
export async function loadSubquery(
  ctx: EvalContext,
  sq: SubqueryExpr,
  g: Grid,
  evalFn: EvalFn,
): Promise<RangeInput> {
  const sub = subqueryGrid(ctx, sq, g);
  ctx.limits.ensureStepsFit(sub.n);
  const totalBefore = ctx.limits.totalRead;
  const v = await evalFn(ctx, sq.expr, sub);
  const innerSamples = ctx.limits.totalRead - totalBefore;
  ctx.limits.totalRead = totalBefore;
  const series: RangeSeries[] = [];
  if (v.kind === 'vector') {
    for (const c of v.series) {
      let n = 0;
      for (let i = 0; i < sub.n; i++) n += c.has[i]!;
      if (n === 0) continue;
      const ts = new Float64Array(n);
      const vs = new Float64Array(n);
      let k = 0;
      for (let i = 0; i < sub.n; i++) {
        if (c.has[i] !== 1) continue;
        ts[k] = sub.startMs + i * sub.stepMs;
        vs[k] = c.vals[i]!;
        k++;
      }
      series.push({ labels: c.labels, dropName: c.dropName, ts, vs, len: n });
    }
  } else if (v.kind === 'scalar') {
    const ts = new Float64Array(sub.n);
    for (let i = 0; i < sub.n; i++) ts[i] = sub.startMs + i * sub.stepMs;
    series.push({ labels: [], dropName: false, ts, vs: v.vals, len: sub.n });
  }
  return {
    series,
    rangeMs: sq.rangeMs,
    offsetMs: sq.offsetMs,
    atMs: sq.at?.kind === 'time' ? sq.at.ms : undefined,
    anchored: false,
    smoothed: false,
    grid: sub,
    innerSamples,
  };
}
