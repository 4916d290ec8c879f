/**
 * runScript executes a whole promqltest file: a fresh storage at the start
 * and after every `clear`, loads applied in order, every eval checked.
 * Evals are counted one by one; problems outside evals (notation errors,
 * failed loads) are reported separately as file errors.
 */
import type { Labels } from '../model/labels';
import { wallClockMs } from '../platform';
import type { Expr } from '../promql/ast';
import type { PromQLEngine } from '../promql/types';
import type { Storage } from '../storage/interface';
import { touchesHistogramData } from './histogram-touch';
import { applyLoad } from './load';
import { readScript } from './reader';
import { runEval, type EvalOptions, type QueryTools } from './run-eval';
import type { ScriptError } from './script';

/** RunnerDeps wire the interpreter to an engine, a storage factory and the parser. */
export interface RunnerDeps extends QueryTools {
  readonly engine: PromQLEngine;
  /** newStorage returns an empty storage; called per file and per `clear`. */
  newStorage(): Storage;
}

/** RunOptions: the hidden-check switches plus an optional filter of eval lines (loads always run). */
export interface RunOptions extends EvalOptions {
  readonly onlyLines?: ReadonlySet<number>;
}

/** EvalOutcome is the verdict on one eval command. */
export interface EvalOutcome {
  readonly line: number;
  readonly query: string;
  readonly ok: boolean;
  /** What differed, worded like upstream's messages; set when !ok. */
  readonly message?: string;
  /**
   * A heuristic (see histogram-touch.ts): the eval expects a native histogram
   * or selects a series that has native-histogram samples loaded.
   */
  readonly touchesHistograms: boolean;
}

/** FileResult is everything learnt from one file. */
export interface FileResult {
  readonly file: string;
  readonly evals: readonly EvalOutcome[];
  /** Script notation errors and failed loads, with their lines. */
  readonly errors: readonly ScriptError[];
  readonly durationMs: number;
}

/** runScript reads and runs one file; `file` names it in results. */
export async function runScript(text: string, file: string, deps: RunnerDeps, opts: RunOptions = {}): Promise<FileResult> {
  const started = wallClockMs();
  const script = readScript(text);
  const errors: ScriptError[] = [...script.errors];
  const evals: EvalOutcome[] = [];
  let storage = deps.newStorage();
  // Label sets of the series that received native histograms since the last clear.
  let histogramSeries: Labels[] = [];
  for (const cmd of script.commands) {
    switch (cmd.kind) {
      case 'clear':
        storage = deps.newStorage();
        histogramSeries = [];
        break;
      case 'load': {
        const loaded = applyLoad(storage, cmd);
        errors.push(...loaded.errors);
        histogramSeries.push(...loaded.histogramSeries);
        break;
      }
      case 'eval': {
        if (opts.onlyLines !== undefined && !opts.onlyLines.has(cmd.line)) break;
        let message: string | undefined;
        try {
          message = await runEval(cmd, storage, deps.engine, deps, opts);
        } catch (e) {
          // A bug in the interpreter or a crash outside the query must not stop the file.
          message = `internal error running eval (line ${cmd.line}): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
        }
        const touchesHistograms = touchesHistogramData(cmd, tryParse(deps, cmd.expr), histogramSeries);
        evals.push({ line: cmd.line, query: cmd.expr, ok: message === undefined, touchesHistograms, ...(message !== undefined ? { message } : {}) });
        break;
      }
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { file, evals, errors, durationMs: wallClockMs() - started };
}

function tryParse(tools: QueryTools, query: string): Expr | undefined {
  try {
    return tools.parseExpr(query);
  } catch {
    return undefined;
  }
}

/** ResultCounts: evals passed and failed (and how many of those touch native histograms), file errors. */
export interface ResultCounts {
  readonly passed: number;
  readonly failed: number;
  readonly failedHistogram: number;
  readonly errors: number;
}

/** countResult sums a file's verdicts. */
export function countResult(r: FileResult): ResultCounts {
  const passed = r.evals.filter((e) => e.ok).length;
  const failedHistogram = r.evals.filter((e) => !e.ok && e.touchesHistograms).length;
  return { passed, failed: r.evals.length - passed, failedHistogram, errors: r.errors.length };
}
