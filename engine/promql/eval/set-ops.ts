import type { VectorMatching } from '../ast';
import { assertNever } from '../ast';
import type { SetOp } from './binary-ops';
import { OutputBuilder } from './builder';
import type { EvalContext } from './context';
import type { Grid } from './grid';
import { SignatureTable } from './signature';
import type { SeriesCol, VectorVal } from './value';

/**
 * setOp evaluates `and`, `or` and `unless` step by step: samples keep their
 * labels (names included) and the match groups decide which side's samples
 * survive at each step.
 */
export async function setOp(ctx: EvalContext, op: SetOp, m: VectorMatching, lhs: VectorVal, rhs: VectorVal, g: Grid): Promise<VectorVal> {
  const sigs = new SignatureTable();
  const lOrd = lhs.series.map((s) => sigs.ordinal(s.labels, m));
  const rOrd = rhs.series.map((s) => sigs.ordinal(s.labels, m));
  const seen = new Int32Array(sigs.size).fill(-1);
  const out = new OutputBuilder(g.n, ctx.delayedNameRemoval && g.n === 1);
  const lCols = lhs.series.map((s) => out.col(s.labels, s.dropName));
  const rCols = op === 'or' ? rhs.series.map((s) => out.col(s.labels, s.dropName)) : [];
  const mark = (series: readonly SeriesCol[], ords: readonly number[], i: number): void => {
    for (let j = 0; j < series.length; j++) if (series[j]!.has[i] === 1) seen[ords[j]!] = i;
  };
  const copy = (from: readonly SeriesCol[], to: readonly SeriesCol[], ords: readonly number[], i: number, want: boolean): void => {
    for (let j = 0; j < from.length; j++) {
      const s = from[j]!;
      if (s.has[i] !== 1 || (seen[ords[j]!] === i) !== want) continue;
      const c = to[j]!;
      if (c.has[i] === 1) out.add(s.labels, s.dropName, i, s.vals[i]!);
      else {
        c.vals[i] = s.vals[i]!;
        c.has[i] = 1;
      }
    }
  };
  for (let i = 0; i < g.n; i++) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    switch (op) {
      case 'and':
        mark(rhs.series, rOrd, i);
        copy(lhs.series, lCols, lOrd, i, true);
        break;
      case 'unless':
        mark(rhs.series, rOrd, i);
        copy(lhs.series, lCols, lOrd, i, false);
        break;
      case 'or':
        mark(lhs.series, lOrd, i);
        copy(lhs.series, lCols, lOrd, i, true);
        copy(rhs.series, rCols, rOrd, i, false);
        break;
      default:
        assertNever(op);
    }
  }
  ctx.tracer?.detail({ kind: 'set', op, lhs: { series: lhs.series.length }, rhs: { series: rhs.series.length } });
  return { kind: 'vector', series: out.series.filter((c) => c.has.some((x) => x === 1)) };
}
