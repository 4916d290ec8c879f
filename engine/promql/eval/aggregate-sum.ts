import type { AggregateExpr } from '../ast';
import type { EvalContext } from './context';
import type { Grid } from './grid';
import { groupSeries } from './grouping';
import { kahanInc } from './kahan';
import { TRACE_SERIES_LIMIT } from './trace-detail';
import { newCols, type VectorVal } from './value';

/**
 * aggregateSum evaluates `sum` with compensated summation. It walks the
 * input series by series, adding each one's column into its group's
 * column: every group and step still adds its series in input order, so
 * the result is the same as step by step, but each column is read once,
 * front to back. The output series carry just the grouping labels; a
 * group's name-dropping mark is that of its last step with samples.
 */
export async function aggregateSum(ctx: EvalContext, e: AggregateExpr, input: VectorVal, g: Grid): Promise<VectorVal> {
  const series = input.series;
  const { ofSeries, labels } = groupSeries(series, e.grouping, e.without);
  const n = g.n;
  const cols = newCols(labels.length, n);
  const out = labels.map((l) => cols.next(l));
  const comp = new Float64Array(labels.length * n);
  const dropName = new Uint8Array(labels.length * n);
  const kb = new Float64Array(2);
  for (let j = 0; j < series.length; j++) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const s = series[j]!;
    const gi = ofSeries[j]!;
    const { vals, has } = out[gi]!;
    const base = gi * n;
    const drop = s.dropName ? 1 : 0;
    const sv = s.vals;
    const sh = s.has;
    for (let i = 0; i < n; i++) {
      if (sh[i] !== 1) continue;
      const f = sv[i]!;
      if (has[i] !== 1) {
        has[i] = 1;
        vals[i] = f;
        dropName[base + i] = drop;
        continue;
      }
      if (drop === 1) dropName[base + i] = 1;
      kahanInc(f, vals[i]!, comp[base + i]!, kb);
      vals[i] = kb[0]!;
      comp[base + i] = kb[1]!;
    }
  }
  for (let gi = 0; gi < out.length; gi++) {
    const c = out[gi]!;
    const base = gi * n;
    for (let i = 0; i < n; i++) {
      if (c.has[i] !== 1) continue;
      c.vals[i] = c.vals[i]! + comp[base + i]!;
      c.dropName = dropName[base + i] === 1;
    }
  }
  ctx.tracer?.detail({ kind: 'aggregate', op: 'sum', inputSeries: series.length, groups: labels.slice(0, TRACE_SERIES_LIMIT), groupCount: labels.length });
  return { kind: 'vector', series: out.filter((c) => c.has.some((x) => x === 1)) };
}
