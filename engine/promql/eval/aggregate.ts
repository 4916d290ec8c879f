import type { AggregateExpr } from '../ast';
import { assertNever } from '../ast';
import { quantileOf } from '../functions/numeric';
import type { EvalContext } from './context';
import type { Grid } from './grid';
import { groupSeries } from './grouping';
import { kahanInc } from './kahan';
import { TRACE_SERIES_LIMIT } from './trace-detail';
import { newCol, type SeriesCol, type VectorVal } from './value';

export type SimpleAggOp = 'avg' | 'count' | 'min' | 'max' | 'group' | 'stddev' | 'stdvar' | 'quantile';

/**
 * aggregateSimple evaluates the aggregations that produce one sample per
 * group and step (sum has its own, aggregateSum): avg with compensated
 * summation, count, group, min/max preferring non-NaN values, stddev/stdvar
 * (Welford) and quantile. Output series carry just the grouping labels.
 */
export async function aggregateSimple(
  ctx: EvalContext,
  e: AggregateExpr,
  op: SimpleAggOp,
  input: VectorVal,
  param: Float64Array | undefined,
  g: Grid,
): Promise<VectorVal> {
  const { ofSeries, labels } = groupSeries(input.series, e.grouping, e.without);
  const nG = labels.length;
  const out: SeriesCol[] = labels.map((l) => newCol(l, g.n));
  const val = new Float64Array(nG);
  const comp = new Float64Array(nG);
  const mean = new Float64Array(nG);
  const count = new Float64Array(nG);
  const seenAt = new Int32Array(nG).fill(-1);
  const incremental = new Uint8Array(nG);
  const dropName = new Uint8Array(nG);
  const values: number[][] = op === 'quantile' ? labels.map(() => []) : [];
  const kb = new Float64Array(2);
  const series = input.series;

  for (let i = 0; i < g.n; i++) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    for (let j = 0; j < series.length; j++) {
      const s = series[j]!;
      if (s.has[i] !== 1) continue;
      const f = s.vals[i]!;
      const gi = ofSeries[j]!;
      if (seenAt[gi] !== i) {
        seenAt[gi] = i;
        val[gi] = f;
        mean[gi] = f;
        comp[gi] = 0;
        count[gi] = 1;
        incremental[gi] = 0;
        dropName[gi] = s.dropName ? 1 : 0;
        switch (op) {
          case 'stddev':
          case 'stdvar':
            val[gi] = Number.isNaN(f) || !Number.isFinite(f) ? NaN : 0;
            break;
          case 'group':
            val[gi] = 1;
            break;
          case 'quantile':
            values[gi]!.length = 0;
            values[gi]!.push(f);
            break;
          default:
            break;
        }
        continue;
      }
      if (s.dropName) dropName[gi] = 1;
      switch (op) {
        case 'avg': {
          const n = count[gi]! + 1;
          count[gi] = n;
          if (incremental[gi] === 0) {
            kahanInc(f, val[gi]!, comp[gi]!, kb);
            if (Number.isFinite(kb[0]!) || Number.isNaN(kb[0]!)) {
              val[gi] = kb[0]!;
              comp[gi] = kb[1]!;
              break;
            }
            incremental[gi] = 1;
            mean[gi] = val[gi]! / (n - 1);
            comp[gi] = comp[gi]! / (n - 1);
          }
          const q = (n - 1) / n;
          kahanInc(f / n, q * mean[gi]!, q * comp[gi]!, kb);
          mean[gi] = kb[0]!;
          comp[gi] = kb[1]!;
          break;
        }
        case 'count':
          count[gi] = count[gi]! + 1;
          break;
        case 'group':
          break;
        case 'max':
          if (val[gi]! < f || Number.isNaN(val[gi]!)) val[gi] = f;
          break;
        case 'min':
          if (val[gi]! > f || Number.isNaN(val[gi]!)) val[gi] = f;
          break;
        case 'stddev':
        case 'stdvar': {
          const n = count[gi]! + 1;
          count[gi] = n;
          const delta = f - mean[gi]!;
          mean[gi] = mean[gi]! + delta / n;
          val[gi] = val[gi]! + delta * (f - mean[gi]!);
          break;
        }
        case 'quantile':
          values[gi]!.push(f);
          break;
        default:
          assertNever(op);
      }
    }
    for (let gi = 0; gi < nG; gi++) {
      if (seenAt[gi] !== i) continue;
      let v: number;
      switch (op) {
        case 'avg':
          v = incremental[gi] === 1 ? mean[gi]! + comp[gi]! : val[gi]! / count[gi]! + comp[gi]! / count[gi]!;
          break;
        case 'count':
          v = count[gi]!;
          break;
        case 'stdvar':
          v = val[gi]! / count[gi]!;
          break;
        case 'stddev':
          v = Math.sqrt(val[gi]! / count[gi]!);
          break;
        case 'quantile':
          v = quantileOf(param?.[i] ?? NaN, values[gi]!);
          break;
        case 'group':
        case 'min':
        case 'max':
          v = val[gi]!;
          break;
        default:
          return assertNever(op);
      }
      const c = out[gi]!;
      c.vals[i] = v;
      c.has[i] = 1;
      c.dropName = dropName[gi] === 1;
    }
  }
  ctx.tracer?.detail({ kind: 'aggregate', op, inputSeries: series.length, groups: labels.slice(0, TRACE_SERIES_LIMIT), groupCount: labels.length });
  return { kind: 'vector', series: out.filter((c) => c.has.some((x) => x === 1)) };
}
