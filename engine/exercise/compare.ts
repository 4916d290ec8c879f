import type { Value } from '../promql/index';
import { codeList, describeType, formatNumber, formatSeries, formatTime, plural } from './format';
import { labelNames, toRows, type Point, type Row } from './rows';
import type { Verdict } from './types';
import { valueHint } from './valueHints';

export interface CompareOptions {
  /** Relative tolerance for values (default 1e-3). */
  readonly tolerance?: number;
  /** Series order matters (sort, topk). */
  readonly ordered?: boolean;
}

const DEFAULT_TOLERANCE = 1e-3;
/** Absolute slack for values near zero, where a relative tolerance means nothing. */
const ABSOLUTE_TOLERANCE = 1e-9;
/** How many series a message lists before it says "and N more". */
const LIST_LIMIT = 3;

const PASS: Verdict = { ok: true, message: 'Correct — your result matches.' };

/**
 * compareResults judges a learner's query result against the expected one:
 * the same result type, the same series (label sets, matched without the
 * metric name) and the same values within `tolerance`, per step for range
 * results. A failure's message names the first difference in the order a
 * learner should fix them: type, labels, series, order, values.
 */
export function compareResults(expected: Value, actual: Value, opts: CompareOptions = {}): Verdict {
  const typeMismatch = compareTypes(expected, actual);
  if (typeMismatch) return fail(typeMismatch);
  if (expected.type === 'scalar' || expected.type === 'string') {
    const a = actual as typeof expected;
    if (expected.type === 'string') return a.v === expected.v ? PASS : fail(`got the string ${JSON.stringify(a.v)}, expected ${JSON.stringify(expected.v)}`);
    return valuesEqual(a.v as number, expected.v, opts.tolerance) ? PASS : fail(valueMessage(a.v as number, expected.v, 'the scalar'));
  }
  return compareRows(toRows(expected), toRows(actual), expected.type === 'matrix', opts);
}

function compareTypes(expected: Value, actual: Value): string | undefined {
  if (expected.type === actual.type) return undefined;
  const base = `expected ${describeType(expected.type)}, got ${describeType(actual.type)}`;
  if (expected.type === 'scalar' && actual.type === 'vector') return `${base} — wrap it in \`scalar(...)\` or drop the vector selector`;
  if (expected.type === 'vector' && actual.type === 'scalar') return `${base} — use \`vector(...)\` or select series instead of a number`;
  if (expected.type === 'vector' && actual.type === 'matrix') return `${base} — apply a function such as \`rate(...)\` to the range selector`;
  return base;
}

function compareRows(expected: readonly Row[], actual: readonly Row[], range: boolean, opts: CompareOptions): Verdict {
  if (actual.length === 0 && expected.length > 0) {
    return fail(`your query returns no series, expected ${plural(expected.length, 'series', 'series')} — check the metric name and the label matchers`);
  }
  if (expected.length === 0 && actual.length > 0) {
    return fail(`you return ${plural(actual.length, 'series', 'series')}, expected none — the expected result is empty here`);
  }
  const labelProblem = compareLabelNames(labelNames(expected), labelNames(actual));
  if (labelProblem) return fail(labelProblem);

  const expectedByKey = new Map(expected.map((r) => [r.key, r]));
  const actualByKey = new Map(actual.map((r) => [r.key, r]));
  const missing = expected.filter((r) => !actualByKey.has(r.key));
  const extra = actual.filter((r) => !expectedByKey.has(r.key));
  if (actual.length !== expected.length || missing.length > 0 || extra.length > 0) {
    const parts: string[] = [];
    if (actual.length !== expected.length) parts.push(`you return ${plural(actual.length, 'series', 'series')}, expected ${expected.length}`);
    if (missing.length > 0) parts.push(`missing ${listSeries(missing)}`);
    if (extra.length > 0) parts.push(`not expected: ${listSeries(extra)}`);
    return fail(parts.join('; '));
  }

  if (opts.ordered) {
    const i = expected.findIndex((r, idx) => actual[idx]!.key !== r.key);
    if (i >= 0) {
      return fail(`the right series, but in a different order: position ${i + 1} should be ${formatSeries(expected[i]!.labels)}, you have ${formatSeries(actual[i]!.labels)} — sort as asked (e.g. \`sort_desc(...)\`)`);
    }
  }

  const wrong: { row: Row; message: string }[] = [];
  for (const e of expected) {
    const a = actualByKey.get(e.key)!;
    const m = range ? comparePoints(e.points, a.points, e, opts.tolerance) : comparePoint(e.points[0]!, a.points[0]!, e, opts.tolerance);
    if (m) wrong.push({ row: e, message: m });
  }
  if (wrong.length === 0) return PASS;
  const of = expected.length > 1 ? ` (${wrong.length} of ${plural(expected.length, 'series', 'series')})` : '';
  return fail(`values differ${of}: ${wrong[0]!.message}`);
}

function compareLabelNames(expected: readonly string[], actual: readonly string[]): string | undefined {
  const extra = actual.filter((n) => !expected.includes(n));
  const missing = expected.filter((n) => !actual.includes(n));
  const parts: string[] = [];
  if (extra.length > 0) {
    const noun = extra.length === 1 ? 'label' : 'labels';
    parts.push(`your result still has the ${codeList(extra)} ${noun} — aggregate ${extra.length === 1 ? 'it' : 'them'} away (e.g. ${aggregationHint(expected, extra)})`);
  }
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'label' : 'labels';
    parts.push(`your result is missing the ${codeList(missing)} ${noun} — keep ${missing.length === 1 ? 'it' : 'them'} (e.g. \`sum by (${missing.join(', ')}) (...)\`)`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** aggregationHint suggests the shortest aggregation that leaves exactly the expected labels. */
function aggregationHint(expected: readonly string[], extra: readonly string[]): string {
  if (expected.length === 0) return '`sum(...)`, `count(...)` or `max(...)`';
  if (extra.length > expected.length) return `\`sum by (${expected.join(', ')}) (...)\``;
  return `\`sum without (${extra.join(', ')}) (...)\``;
}

function comparePoint(e: Point, a: Point, row: Row, tolerance?: number): string | undefined {
  return valuesEqual(a.v, e.v, tolerance) ? undefined : valueMessage(a.v, e.v, formatSeries(row.labels));
}

/** comparePoints compares a range result's series step by step, reporting the first differing step. */
function comparePoints(expected: readonly Point[], actual: readonly Point[], row: Row, tolerance?: number): string | undefined {
  const actualByT = new Map(actual.map((p) => [p.t, p.v]));
  const expectedTs = new Set(expected.map((p) => p.t));
  for (const p of expected) {
    const v = actualByT.get(p.t);
    if (v === undefined) {
      return `${formatSeries(row.labels)} has no value at ${formatTime(p.t)} (expected ${formatNumber(p.v)}; ${plural(actual.length, 'point')} instead of ${expected.length}) — check the range and the selector's staleness`;
    }
    if (!valuesEqual(v, p.v, tolerance)) return `at ${formatTime(p.t)} ${valueMessage(v, p.v, formatSeries(row.labels))}`;
  }
  const stray = actual.find((p) => !expectedTs.has(p.t));
  if (stray) return `${formatSeries(row.labels)} has a value at ${formatTime(stray.t)} where none is expected`;
  return undefined;
}

function valueMessage(got: number, expected: number, what: string): string {
  const hint = valueHint(got, expected);
  return `got ${formatNumber(got)} for ${what}, expected ${formatNumber(expected)}${hint ? ` — ${hint}` : ''}`;
}

/** valuesEqual: NaN equals NaN, infinities by sign, finite values within a relative tolerance. */
export function valuesEqual(a: number, b: number, tolerance = DEFAULT_TOLERANCE): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + ABSOLUTE_TOLERANCE;
}

function listSeries(rows: readonly Row[]): string {
  const shown = rows.slice(0, LIST_LIMIT).map((r) => formatSeries(r.labels));
  const more = rows.length > LIST_LIMIT ? ` and ${rows.length - LIST_LIMIT} more` : '';
  return shown.join(', ') + more;
}

function fail(message: string): Verdict {
  return { ok: false, message: message + (/[.?!]$/.test(message) ? '' : '.') };
}
