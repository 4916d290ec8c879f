import type { BinaryExpr, VectorMatching } from '../ast';
import { dropMetricName, withLabel, getLabel, compareStrings, type Labels } from '../../model/labels';
import { MatchingError, QueryError } from '../errors';
import { arithFn, compareFn, isComparison, type ArithOp, type CompareOp } from './binary-ops';
import { ERR_SAME_LABELSET, OutputBuilder } from './builder';
import type { EvalContext } from './context';
import type { Grid } from './grid';
import { keyOf } from './label-key';
import { labelsString, matchingLabelsOf, SignatureTable } from './signature';
import { matchingConflict } from './trace-matching';
import type { SeriesCol, VectorVal } from './value';

const NO_MATCH = -1;
const FILLED = -2;

/**
 * vectorBinop evaluates an arithmetic or comparison operator between two
 * vectors with one-to-one, many-to-one or one-to-many matching, step by step
 * like Prometheus: the "one" side must be unique per match group, the
 * result labels come from the "many" side (restricted by on/ignoring for
 * one-to-one, extended by group_x labels from the "one" side), and the
 * experimental fill modifiers stand in for a missing side.
 */
export async function vectorBinop(ctx: EvalContext, e: BinaryExpr, m: VectorMatching, lhs: VectorVal, rhs: VectorVal, g: Grid): Promise<VectorVal> {
  const op = e.op as ArithOp | CompareOp;
  const cmp = isComparison(op) ? compareFn(op) : undefined;
  const arith = isComparison(op) ? undefined : arithFn(op as ArithOp);
  const swapped = m.card === 'one-to-many';
  // After the swap "many" is the side whose labels the result keeps, "one" the unique side.
  const many = swapped ? rhs.series : lhs.series;
  const one = swapped ? lhs.series : rhs.series;
  // Upstream applies fill_left to the "many" role and fill_right to the "one" role even after the swap.
  const fillMany = m.fillLeft;
  const fillOne = m.fillRight;

  const sigs = new SignatureTable();
  const manyOrd = many.map((s) => sigs.ordinal(s.labels, m));
  const oneOrd = one.map((s) => sigs.ordinal(s.labels, m));
  const nSig = sigs.size;
  const oneAt = new Int32Array(nSig); // index into `one` of the sample present at this step, per signature
  const oneStamp = new Int32Array(nSig).fill(-1);
  const matchedStamp = new Int32Array(nSig).fill(-1);
  const insertedAt = new Map<string, number>(); // many-to-one: output key → step it was produced at
  const out = new OutputBuilder(g.n, false);
  const pairCols = new Map<number, SeriesCol>();
  const nOne = one.length + 1;
  let matchedPairs = 0;
  const manyMatched = new Uint8Array(many.length);
  const oneMatched = new Uint8Array(one.length);

  const dropNow = !ctx.delayedNameRemoval && e.returnBool;
  const resultLabels = (manyLabels: Labels, oneLabels: Labels): Labels => {
    let lb = manyLabels;
    if (dropNow || arith !== undefined) lb = dropMetricName(lb);
    if (m.card === 'one-to-one') lb = m.on ? lb.filter((l) => m.labels.includes(l.name)) : lb.filter((l) => !m.labels.includes(l.name));
    for (const name of m.include) lb = withLabel(lb, name, getLabel(oneLabels, name));
    return lb;
  };

  const colFor = (mi: number, oi: number, manyLabels: Labels, oneLabels: Labels): SeriesCol => {
    const key = (mi + 1) * nOne + (oi + 1);
    let c = pairCols.get(key);
    if (c === undefined) {
      c = out.col(resultLabels(manyLabels, oneLabels), e.returnBool);
      pairCols.set(key, c);
    }
    return c;
  };

  const apply = (step: number, sig: number, col: SeriesCol, vMany: number, vOne: number): void => {
    const l = swapped ? vOne : vMany;
    const r = swapped ? vMany : vOne;
    let v: number;
    let keep = true;
    if (cmp !== undefined) {
      keep = cmp(l, r);
      v = l;
    } else {
      v = arith!(l, r);
    }
    if (e.returnBool) v = keep ? 1 : 0;
    if (m.card === 'one-to-one') {
      if (matchedStamp[sig] === step) {
        const dupes = many.filter((s, j) => manyOrd[j] === sig && s.has[step] === 1).map((s) => s.labels);
        const partner = oneStamp[sig] === step ? one[oneAt[sig]!]?.labels : undefined;
        throw new MatchingError(
          'multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)',
          matchingConflict(e, m, 'left', dupes, partner),
        );
      }
      matchedStamp[sig] = step;
    } else {
      const k = keyOf(col.labels);
      if (insertedAt.get(k) === step) {
        const dupes = many.filter((s, j) => manyOrd[j] === sig && s.has[step] === 1).map((s) => s.labels);
        const partner = oneStamp[sig] === step ? one[oneAt[sig]!]?.labels : undefined;
        throw new MatchingError(
          'multiple matches for labels: grouping labels must ensure unique matches',
          matchingConflict(e, m, swapped ? 'right' : 'left', dupes, partner),
        );
      }
      insertedAt.set(k, step);
      matchedStamp[sig] = step;
    }
    if (!keep && !e.returnBool) return;
    if (col.has[step] === 1) throw new QueryError('execution', ERR_SAME_LABELSET);
    col.vals[step] = v;
    col.has[step] = 1;
    matchedPairs++;
  };

  for (let i = 0; i < g.n; i++) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const anyMany = presentAt(many, i);
    const anyOne = presentAt(one, i);
    if (!anyMany && !anyOne) continue;
    if ((!anyMany || !anyOne) && fillMany === undefined && fillOne === undefined) continue;
    for (let j = 0; j < one.length; j++) {
      const s = one[j]!;
      if (s.has[i] !== 1) continue;
      const o = oneOrd[j]!;
      if (oneStamp[o] === i) {
        const partner = many.find((x, k) => manyOrd[k] === o && x.has[i] === 1)?.labels;
        duplicateError(e, m, s.labels, one[oneAt[o]!]!.labels, partner);
      }
      oneStamp[o] = i;
      oneAt[o] = j;
    }
    for (let j = 0; j < many.length; j++) {
      const s = many[j]!;
      if (s.has[i] !== 1) continue;
      const o = manyOrd[j]!;
      let oi = NO_MATCH;
      if (oneStamp[o] === i) oi = oneAt[o]!;
      else if (fillOne !== undefined) oi = FILLED;
      if (oi === NO_MATCH) continue;
      if (oi === FILLED) {
        apply(i, o, colFor(j, -1, s.labels, matchingLabelsOf(s.labels, m)), s.vals[i]!, fillOne!);
      } else {
        const os = one[oi]!;
        manyMatched[j] = 1;
        oneMatched[oi] = 1;
        apply(i, o, colFor(j, oi, s.labels, os.labels), s.vals[i]!, os.vals[i]!);
      }
    }
    if (fillMany !== undefined) {
      for (let j = 0; j < one.length; j++) {
        const s = one[j]!;
        if (s.has[i] !== 1) continue;
        const o = oneOrd[j]!;
        if (matchedStamp[o] === i) continue;
        apply(i, o, colFor(-1, j, matchingLabelsOf(s.labels, m), s.labels), fillMany, s.vals[i]!);
      }
    }
  }
  if (ctx.tracer !== undefined) {
    const count = (a: Uint8Array) => a.reduce((n, x) => n + x, 0);
    const [lm, rm] = swapped ? [oneMatched, manyMatched] : [manyMatched, oneMatched];
    ctx.tracer.detail({
      kind: 'binary',
      card: m.card,
      lhs: { series: lhs.series.length, matched: count(lm), unmatched: lhs.series.length - count(lm) },
      rhs: { series: rhs.series.length, matched: count(rm), unmatched: rhs.series.length - count(rm) },
      resultSamples: matchedPairs,
    });
  }
  return { kind: 'vector', series: out.series.filter(hasAny) };
}

function presentAt(series: readonly SeriesCol[], i: number): boolean {
  for (const s of series) if (s.has[i] === 1) return true;
  return false;
}

function hasAny(c: SeriesCol): boolean {
  for (let i = 0; i < c.has.length; i++) if (c.has[i] === 1) return true;
  return false;
}

function duplicateError(e: BinaryExpr, m: VectorMatching, a: Labels, b: Labels, partner: Labels | undefined): never {
  const side = m.card === 'one-to-many' ? 'left' : 'right';
  let d1 = labelsString(a);
  let d2 = labelsString(b);
  if (compareStrings(d1, d2) > 0) [d1, d2] = [d2, d1];
  const group = labelsString(matchingLabelsOf(a, m));
  throw new MatchingError(
    `found duplicate series for the match group ${group} on the ${side} hand-side of the operation: [${d1}, ${d2}]` +
      ';many-to-many matching not allowed: matching labels must be unique on one side',
    matchingConflict(e, m, side, [b, a], partner),
  );
}
