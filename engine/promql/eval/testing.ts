import type { AggregateExpr, AggregateOp, BinaryExpr, BinaryOp, Call, Expr, MatrixSelector, SubqueryExpr, VectorMatching, VectorSelector } from '../ast';
import { labelsFromRecord, labelsKey, type Labels } from '../../model/labels';
import { matchesAll, type CompiledMatcher } from '../../model/matchers';
import type { Querier, Queryable, SampleBatch, StoredSeries } from '../../storage/interface';

/**
 * Test fixtures for the evaluator: an in-memory Queryable and small AST
 * builders, so evaluator tests do not depend on the parser or the TSDB.
 */

/** STALE marks a staleness marker in memSeries values. */
export const STALE = Symbol('stale');

export interface MemSeries {
  readonly labels: Record<string, string>;
  /** [tMs, value] pairs in time order; value STALE for a staleness marker. */
  readonly samples: readonly (readonly [number, number | typeof STALE])[];
  /** Start timestamps (ms) per sample, when the series has them. */
  readonly starts?: readonly number[];
}

/** memQueryable serves the given series (sorted by labels) to every query, ignoring the time hints. */
export function memQueryable(series: readonly MemSeries[]): Queryable {
  const stored: StoredSeries[] = series
    .map((s) => ({ labels: labelsFromRecord(s.labels), raw: s.samples, starts: s.starts }))
    .sort((a, b) => (labelsKey(a.labels) < labelsKey(b.labels) ? -1 : 1))
    .map(({ labels, raw, starts }) => ({ labels, samples: (minT: number, maxT: number) => batch(raw, starts, minT, maxT) }));
  const querier: Querier = {
    select: (ms: readonly CompiledMatcher[]) => stored.filter((s) => matchesAll(s.labels, ms)),
    labelNames: () => [],
    labelValues: () => [],
    metadata: () => new Map(),
  };
  return { querier: () => querier };
}

function batch(raw: MemSeries['samples'], starts: MemSeries['starts'], minT: number, maxT: number): SampleBatch {
  const idx = raw.map((_, i) => i).filter((i) => raw[i]![0] >= minT && raw[i]![0] <= maxT);
  const inRange = idx.map((i) => raw[i]!);
  return {
    ...(starts !== undefined ? { sts: Float64Array.from(idx.map((i) => starts[i] ?? 0)) } : {}),
    ts: Float64Array.from(inRange.map(([t]) => t)),
    vs: Float64Array.from(inRange.map(([, v]) => (v === STALE ? NaN : v))),
    stale: Uint8Array.from(inRange.map(([, v]) => (v === STALE ? 1 : 0))),
    length: inRange.length,
  };
}

/** every builds samples v0, v0+inc, ... every stepMs from 0 (like `load` with `v0+incxN`). */
export function every(stepMs: number, count: number, v0: number, inc: number): [number, number][] {
  return Array.from({ length: count }, (_, i) => [i * stepMs, v0 + i * inc] as [number, number]);
}

const P = { start: 0, end: 0 };

/** sel builds a vector selector: metric name plus equality matchers, and optional modifiers. */
export function sel(name: string, matchers: Record<string, string> = {}, mods: Partial<VectorSelector> = {}): VectorSelector {
  const ms = [
    ...(name !== '' ? [{ type: '=' as const, name: '__name__', value: name }] : []),
    ...Object.entries(matchers).map(([k, v]) => ({ type: '=' as const, name: k, value: v })),
  ];
  return { kind: 'VectorSelector', name, matchers: ms, offsetMs: 0, pos: P, ...mods };
}

export function range(vs: VectorSelector, rangeMs: number): MatrixSelector {
  return { kind: 'MatrixSelector', selector: vs, rangeMs, pos: P };
}

export function subquery(expr: Expr, rangeMs: number, stepMs: number, mods: Partial<SubqueryExpr> = {}): SubqueryExpr {
  return { kind: 'SubqueryExpr', expr, rangeMs, stepMs, offsetMs: 0, pos: P, ...mods };
}

export function num(value: number): Expr {
  return { kind: 'NumberLiteral', value, pos: P };
}

export function call(func: string, ...args: Expr[]): Call {
  return { kind: 'Call', func, args, pos: P };
}

export function bin(op: BinaryOp, lhs: Expr, rhs: Expr, opts: { bool?: boolean; matching?: Partial<VectorMatching> } = {}): BinaryExpr {
  const setOp = op === 'and' || op === 'or' || op === 'unless';
  const matching: VectorMatching = {
    card: setOp ? 'many-to-many' : 'one-to-one',
    labels: [],
    on: false,
    explicit: false,
    include: [],
    ...opts.matching,
  };
  return { kind: 'BinaryExpr', op, lhs, rhs, matching, returnBool: opts.bool === true, pos: P };
}

export function agg(op: AggregateOp, expr: Expr, opts: { by?: string[]; without?: string[]; param?: Expr } = {}): AggregateExpr {
  return {
    kind: 'AggregateExpr',
    op,
    expr,
    ...(opts.param !== undefined ? { param: opts.param } : {}),
    grouping: opts.by ?? opts.without ?? [],
    without: opts.without !== undefined,
    hasGrouping: opts.by !== undefined || opts.without !== undefined,
    pos: P,
  };
}

/** labelsOf turns a label set into a plain record for readable assertions. */
export function labelsOf(l: Labels): Record<string, string> {
  return Object.fromEntries(l.map((x) => [x.name, x.value]));
}
