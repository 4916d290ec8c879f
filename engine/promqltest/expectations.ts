/**
 * The list of known conformance failures (test/conformance-expectations.json):
 * evals (and file errors) that are allowed to fail for now. The list is
 * regenerated mechanically from a run and should only ever shrink.
 */
import { countResult, type FileResult, type ResultCounts } from './runner';

/** ExpectedFailure identifies one failing eval by file, line and query text; kind 'error' is a file error. */
export interface ExpectedFailure {
  readonly file: string;
  readonly line: number;
  readonly query: string;
  readonly kind?: 'error';
  /** Informational: the eval touches native-histogram data (heuristic); not part of the key. */
  readonly histogram?: true;
}

export interface ConformanceExpectations {
  readonly comment?: string;
  readonly failures: readonly ExpectedFailure[];
}

/** Failure is one failing eval or file error of a run, with its message. */
export interface Failure extends ExpectedFailure {
  readonly message: string;
}

/** expectationKey identifies a failure independently of its message. */
export function expectationKey(f: ExpectedFailure): string {
  return `${f.file}:${f.line}:${f.kind ?? 'eval'}:${f.query}`;
}

/** failuresOf lists every failing eval and file error of a run. */
export function failuresOf(results: readonly FileResult[]): Failure[] {
  const out: Failure[] = [];
  for (const r of results) {
    for (const e of r.errors) out.push({ file: r.file, line: e.line, query: '', kind: 'error', message: e.message });
    for (const e of r.evals) {
      if (!e.ok) out.push({ file: r.file, line: e.line, query: e.query, message: e.message ?? '', ...(e.touchesHistograms ? { histogram: true as const } : {}) });
    }
  }
  return out;
}

/**
 * buildExpectations turns a run into the expectations file content (sorted,
 * without messages). Entries of `previous` for files that did not run are
 * kept, so regenerating from a subset of files loses nothing.
 */
export function buildExpectations(results: readonly FileResult[], comment: string, previous?: ConformanceExpectations): ConformanceExpectations {
  const ran = new Set(results.map((r) => r.file));
  const kept = (previous?.failures ?? []).filter((f) => !ran.has(f.file));
  const current = failuresOf(results).map(
    ({ file, line, query, kind, histogram }): ExpectedFailure => ({ file, line, query, ...(kind ? { kind } : {}), ...(histogram ? { histogram } : {}) }),
  );
  const failures = [...kept, ...current].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { comment, failures };
}

/**
 * diffExpectations compares a run with the list: `unexpected` failures make
 * the test fail; `nowPassing` are listed cases of the files that ran which no
 * longer fail, so the list can shrink.
 */
export function diffExpectations(results: readonly FileResult[], exp: ConformanceExpectations): { unexpected: Failure[]; nowPassing: ExpectedFailure[] } {
  const listed = new Set(exp.failures.map(expectationKey));
  const failures = failuresOf(results);
  const failing = new Set(failures.map(expectationKey));
  const ranFiles = new Set(results.map((r) => r.file));
  return {
    unexpected: failures.filter((f) => !listed.has(expectationKey(f))),
    nowPassing: exp.failures.filter((f) => ranFiles.has(f.file) && !failing.has(expectationKey(f))),
  };
}

/** summarize counts passes and failures over files. */
export function summarize(results: readonly FileResult[]): ResultCounts {
  const total = { passed: 0, failed: 0, failedHistogram: 0, errors: 0 };
  for (const r of results) {
    const c = countResult(r);
    total.passed += c.passed;
    total.failed += c.failed;
    total.failedHistogram += c.failedHistogram;
    total.errors += c.errors;
  }
  return total;
}
