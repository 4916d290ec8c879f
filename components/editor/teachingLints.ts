import type { AggregateExpr, Call, Expr, MatrixSelector, VectorSelector } from '@/engine/index';
// Leaf modules, not the engine's index: the editor runs on the main thread and must not pull in the whole engine.
import { formatDuration } from '@/engine/util/duration';

/**
 * Teaching lints, as PromLens shows them: queries that run but rarely mean
 * what their author wanted. Each is a warning with a position, one sentence
 * that teaches why, and the fix. Pure: the facts about the world (metric
 * types, scrape intervals) are passed in.
 */

export interface TeachingFacts {
  /** The metadata type of a metric's family (`counter`, `gauge`, `histogram`...), undefined when unknown. */
  readonly familyType: (metric: string) => string | undefined;
  /** The longest scrape interval, ms, among the targets a selector reads from; undefined when unknown. */
  readonly scrapeIntervalMs: (sel: VectorSelector) => number | undefined;
}

export interface TeachingLint {
  readonly from: number;
  readonly to: number;
  readonly message: string;
}

/** Functions meant for counters, and what to use on a gauge instead. */
const COUNTER_FUNCTIONS: Readonly<Record<string, string>> = {
  rate: 'deriv() for its per-second slope or delta() for its change over the window',
  irate: 'deriv() for its per-second slope or idelta() for its last change',
  increase: 'delta() for its change over the window',
};
/** Functions that need at least two samples in their window. */
const TWO_SAMPLE_FUNCTIONS = new Set(['rate', 'irate', 'increase', 'delta', 'idelta', 'deriv']);
/** Aggregations for which a raw counter value is fine: they count series, not values. */
const COUNTING_AGGREGATIONS = new Set(['count', 'group', 'count_values', 'limitk', 'limit_ratio']);
const SET_OPERATORS = new Set(['and', 'or', 'unless']);
const COUNTER_SUFFIXES = ['_bucket', '_sum', '_count'];

/** isCounterLike tells whether a metric only ever grows: a counter, or the buckets/sum/count of a histogram or summary. */
export function isCounterLike(metric: string, facts: TeachingFacts): boolean {
  const type = facts.familyType(metric);
  if (type === 'counter') return true;
  return (type === 'histogram' || type === 'summary') && COUNTER_SUFFIXES.some((s) => metric.endsWith(s));
}

/** teachingLints walks the query and returns its teaching warnings in document order. */
export function teachingLints(root: Expr, facts: TeachingFacts): TeachingLint[] {
  const out: TeachingLint[] = [];
  walk(root, undefined, facts, out);
  return out.sort((a, b) => a.from - b.from);
}

function walk(e: Expr, parent: Expr | undefined, facts: TeachingFacts, out: TeachingLint[]): void {
  switch (e.kind) {
    case 'Call':
      checkCall(e, facts, out);
      break;
    case 'VectorSelector':
      checkRawCounter(e, parent, facts, out);
      break;
    default:
      break;
  }
  // Parentheses do not change what a selector is an operand of.
  const context = e.kind === 'ParenExpr' ? parent : e;
  for (const c of childrenOf(e)) walk(c, context, facts, out);
}

function childrenOf(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'Call':
      return e.args;
    case 'AggregateExpr':
      return e.param !== undefined ? [e.param, e.expr] : [e.expr];
    case 'BinaryExpr':
      return [e.lhs, e.rhs];
    case 'ParenExpr':
    case 'UnaryExpr':
    case 'StepInvariantExpr':
    case 'SubqueryExpr':
      return [e.expr];
    case 'MatrixSelector':
      // The selector inside a range is handled by the function that takes the range.
      return [];
    default:
      return [];
  }
}

function unwrap(e: Expr | undefined): Expr | undefined {
  let x = e;
  while (x !== undefined && (x.kind === 'ParenExpr' || x.kind === 'StepInvariantExpr')) x = x.expr;
  return x;
}

function checkCall(e: Call, facts: TeachingFacts, out: TeachingLint[]): void {
  const range = e.args.map(unwrap).find((a): a is MatrixSelector => a?.kind === 'MatrixSelector');
  if (range !== undefined) {
    const metric = range.selector.name;
    const instead = COUNTER_FUNCTIONS[e.func];
    if (instead !== undefined && metric !== '' && facts.familyType(metric) === 'gauge') {
      out.push({
        from: e.pos.start,
        to: e.pos.end,
        message: `${metric} is a gauge, and ${e.func}() is for counters (it treats every drop as a restart from zero); use ${instead}.`,
      });
    }
    if (TWO_SAMPLE_FUNCTIONS.has(e.func)) checkWindow(e, range, facts, out);
  }
  if (e.func === 'histogram_quantile') checkQuantileGrouping(e, out);
}

function checkWindow(e: Call, range: MatrixSelector, facts: TeachingFacts, out: TeachingLint[]): void {
  const interval = facts.scrapeIntervalMs(range.selector);
  if (interval === undefined || range.rangeExpr !== undefined || range.rangeMs >= 2 * interval) return;
  out.push({
    from: range.pos.start,
    to: range.pos.end,
    message:
      `A [${formatDuration(range.rangeMs)}] window at a ${formatDuration(interval)} scrape interval often holds fewer than the two samples ${e.func}() needs, ` +
      `so results go missing; use at least [${formatDuration(2 * interval)}] (four intervals, [${formatDuration(4 * interval)}], is safer).`,
  });
}

function checkQuantileGrouping(e: Call, out: TeachingLint[]): void {
  const agg = unwrap(e.args[1]);
  if (agg?.kind !== 'AggregateExpr' || COUNTING_AGGREGATIONS.has(agg.op)) return;
  const keepsLe = agg.without ? !agg.grouping.includes('le') : agg.grouping.includes('le');
  if (keepsLe) return;
  out.push({ from: agg.pos.start, to: agg.pos.end, message: quantileMessage(agg) });
}

function quantileMessage(agg: AggregateExpr): string {
  if (agg.without) {
    const rest = agg.grouping.filter((l) => l !== 'le');
    return `histogram_quantile() reads each bucket's upper bound from the le label, but ${agg.op} without (${agg.grouping.join(', ')}) removes it; take le out: ${agg.op} without (${rest.join(', ')}).`;
  }
  const by = [...agg.grouping, 'le'].join(', ');
  const what = agg.grouping.length > 0 ? `${agg.op} by (${agg.grouping.join(', ')})` : `${agg.op}() without by (...)`;
  return `histogram_quantile() reads each bucket's upper bound from the le label, but ${what} drops it; keep it with ${agg.op} by (${by}).`;
}

function checkRawCounter(sel: VectorSelector, parent: Expr | undefined, facts: TeachingFacts, out: TeachingLint[]): void {
  if (sel.name === '' || !isCounterLike(sel.name, facts) || !usesValue(parent)) return;
  out.push({
    from: sel.pos.start,
    to: sel.pos.end,
    message:
      `${sel.name} is a counter whose raw value only grows since its process started (and resets on restart), so its value alone says little; ` +
      `use rate(${sel.name}[5m]) for per-second speed or increase(${sel.name}[1h]) for the total over a window.`,
  });
}

/** usesValue tells whether a selector directly under `parent` has its sample values summed, compared or computed with. */
function usesValue(parent: Expr | undefined): boolean {
  if (parent === undefined) return false;
  switch (parent.kind) {
    case 'AggregateExpr':
      return !COUNTING_AGGREGATIONS.has(parent.op);
    case 'BinaryExpr':
      return !SET_OPERATORS.has(parent.op);
    case 'Call':
      return parent.func === 'histogram_quantile';
    default:
      return false;
  }
}
