/**
 * runEval executes one `eval` command against a storage and returns the
 * first problem found (undefined when it passes). Instant evals also get the
 * hidden checks of FORMAT.md §9: the `@`-pinned re-runs and the range-mode
 * cross-check.
 */
import type { Expr } from '../promql/ast';
import { ParseError, QueryError } from '../promql/errors';
import type { PromQLEngine, QueryResult } from '../promql/types';
import type { Sample, Value } from '../promql/values';
import type { Storage } from '../storage/interface';
import { formatDurationMs } from './numbers';
import { rewriteWithAt, usesQueryRangeFunctions } from './at-rewrite';
import { checkAnnotations } from './check-annotations';
import { assertMatrixSorted, compareResult, compareVector, type RangeFrame } from './compare';
import type { EvalCommand } from './script';
import { describeMatcher, matchText } from './text-matcher';

/** QueryTools are the parser functions the interpreter needs (injected to keep this package decoupled). */
export interface QueryTools {
  parseExpr(query: string): Expr;
  formatExpr(expr: Expr): string;
}

/** EvalOptions switch the hidden checks; both default to on. */
export interface EvalOptions {
  readonly atModifierCheck?: boolean;
  readonly rangeModeCheck?: boolean;
}

interface Ctx {
  readonly cmd: EvalCommand;
  readonly engine: PromQLEngine;
  readonly storage: Storage;
}

type Outcome = { ok: true; result: QueryResult } | { ok: false; error: unknown };

async function attempt(run: () => Promise<QueryResult>): Promise<Outcome> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * errorText is the engine's message. Anything that is not a user error is an
 * internal failure (an engine bug); its top stack frames help find it.
 */
function errorText(e: unknown): { text: string; internal: boolean } {
  if (e instanceof QueryError || e instanceof ParseError) return { text: e.message, internal: false };
  const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`).split('\n').slice(0, 4).join(' | ') : String(e);
  return { text, internal: true };
}

/** runEval checks one eval; the result is a failure description or undefined. */
export async function runEval(cmd: EvalCommand, storage: Storage, engine: PromQLEngine, tools: QueryTools, opts: EvalOptions = {}): Promise<string | undefined> {
  let expr: Expr;
  try {
    expr = tools.parseExpr(cmd.expr);
  } catch (e) {
    return `error parsing query ${JSON.stringify(cmd.expr)} (line ${cmd.line}): ${errorText(e).text}`;
  }
  const ctx: Ctx = { cmd, engine, storage };
  if (cmd.timing.kind === 'range') return runRange(ctx, cmd.timing);

  const atMs = cmd.rangeVector?.endMs ?? cmd.timing.atMs;
  const runs: { query: string; tMs: number; pinned: boolean }[] = [{ query: cmd.expr, tMs: atMs, pinned: false }];
  if (opts.atModifierCheck !== false) {
    const rw = rewriteWithAt(expr, atMs);
    if (rw !== undefined) {
      const query = tools.formatExpr(rw.expr);
      for (const tMs of rw.evalTimesMs) runs.push({ query, tMs, pinned: true });
    }
  }
  for (const run of runs) {
    const problem = await runInstant(ctx, run.query, run.tMs, opts.rangeModeCheck !== false);
    if (problem !== undefined) return run.pinned ? `${problem} [@-pinned re-run at t=${run.tMs}ms of ${JSON.stringify(cmd.expr)}]` : problem;
  }
  return undefined;
}

/** checkFailure handles the result of a run for evals with or without `expect fail`; undefined means "continue". */
function checkFailure(cmd: EvalCommand, query: string, out: Outcome): string | 'expected-failure-ok' | undefined {
  if (!out.ok) {
    const { text, internal } = errorText(out.error);
    if (internal) return `internal error evaluating query ${JSON.stringify(query)} (line ${cmd.line}): ${text}`;
    if (cmd.fail === undefined) return `error evaluating query ${JSON.stringify(query)} (line ${cmd.line}): ${text}`;
    if (matchText(cmd.fail, text)) return 'expected-failure-ok';
    return `expected error ${describeMatcher(cmd.fail)} evaluating query ${JSON.stringify(query)} (line ${cmd.line}), but got: ${text}`;
  }
  if (cmd.fail !== undefined) return `expected error evaluating query ${JSON.stringify(query)} (line ${cmd.line}) but got none`;
  return undefined;
}

async function runInstant(ctx: Ctx, query: string, tMs: number, rangeCheck: boolean): Promise<string | undefined> {
  const { cmd } = ctx;
  const out = await attempt(() => ctx.engine.instantQuery(ctx.storage, query, tMs));
  const fail = checkFailure(cmd, query, out);
  if (fail === 'expected-failure-ok') return undefined;
  if (fail !== undefined || !out.ok) return fail;
  const where = `in eval instant at ${formatDurationMs(tMs)} ${query} (line ${cmd.line})`;
  const anno = checkAnnotations(cmd, out.result.annotations, query);
  if (anno !== undefined) return `error ${where}: ${anno}`;
  const frame: RangeFrame = cmd.rangeVector ?? { startMs: tMs, endMs: tMs, stepMs: 0 };
  const diff = compareResult(cmd, out.result.value, frame);
  if (diff !== undefined) return `error ${where}: ${diff}`;

  if (!rangeCheck || cmd.rangeVector !== undefined || cmd.expectString !== undefined || usesQueryRangeFunctions(query)) return undefined;
  return rangeModeCheck(ctx, query, tMs, out.result.value);
}

/**
 * rangeModeCheck runs the query as a range query from t-1m to t+1m with a
 * 1m step and compares the points at t with the same expectations (§9b).
 */
async function rangeModeCheck(ctx: Ctx, query: string, tMs: number, instantValue: Value): Promise<string | undefined> {
  const { cmd } = ctx;
  const out = await attempt(() => ctx.engine.rangeQuery(ctx.storage, query, tMs - 60_000, tMs + 60_000, 60_000));
  if (!out.ok) {
    return `error evaluating query ${JSON.stringify(query)} (line ${cmd.line}) in range mode: ${errorText(out.error).text}`;
  }
  // Range results are label-sorted, so an ordered expectation cannot be checked here.
  if (cmd.ordered) return undefined;
  const where = `in eval instant at ${formatDurationMs(tMs)} ${query} (line ${cmd.line}) range mode`;
  const value = out.result.value;
  if (value.type !== 'matrix') return `error ${where}: range query returned a ${value.type}, not a matrix`;
  const unsorted = assertMatrixSorted(value.series);
  if (unsorted !== undefined) return `error ${where}: ${unsorted}`;
  const vec: Sample[] = [];
  for (const s of value.series) {
    const f = s.floats.find((p) => p.t === tMs);
    if (f !== undefined) vec.push({ labels: s.labels, t: f.t, v: f.v });
    const h = s.histograms?.find((p) => p.t === tMs);
    if (h !== undefined) vec.push({ labels: s.labels, t: h.t, v: NaN, h: h.h });
  }
  let diff: string | undefined;
  if (instantValue.type === 'scalar') {
    const point = vec[0];
    diff = point === undefined ? `expected a point at t=${tMs}` : compareResult(cmd, { type: 'scalar', t: tMs, v: point.v }, { startMs: tMs, endMs: tMs, stepMs: 0 });
  } else if (cmd.scalar !== undefined) {
    diff = compareResult(cmd, { type: 'vector', samples: vec }, { startMs: tMs, endMs: tMs, stepMs: 0 });
  } else {
    diff = compareVector(cmd, vec);
  }
  return diff === undefined ? undefined : `error ${where}: ${diff}`;
}

async function runRange(ctx: Ctx, timing: Extract<EvalCommand['timing'], { kind: 'range' }>): Promise<string | undefined> {
  const { cmd } = ctx;
  const out = await attempt(() => ctx.engine.rangeQuery(ctx.storage, cmd.expr, timing.startMs, timing.endMs, timing.stepMs));
  const fail = checkFailure(cmd, cmd.expr, out);
  if (fail === 'expected-failure-ok') return undefined;
  if (fail !== undefined || !out.ok) return fail;
  const where = `in eval range from ${formatDurationMs(timing.startMs)} to ${formatDurationMs(timing.endMs)} step ${formatDurationMs(timing.stepMs)} ${cmd.expr} (line ${cmd.line})`;
  const anno = checkAnnotations(cmd, out.result.annotations, cmd.expr);
  if (anno !== undefined) return `error ${where}: ${anno}`;
  const diff = compareResult(cmd, out.result.value, timing);
  return diff === undefined ? undefined : `error ${where}: ${diff}`;
}
