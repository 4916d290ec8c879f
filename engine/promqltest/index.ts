/**
 * The interpreter for Prometheus's promqltest script format (the format is
 * described in ../shared/conformance/FORMAT.md). runScript reads a file into
 * commands (reader.ts) and runs them against any engine and storage factory and
 * returns one verdict per eval, including the hidden checks upstream makes
 * (the `@`-pinned re-runs and the range-mode cross-check).
 *
 * Entry points that read files live in engine/cli: `npm run conformance --
 * [-v] <dirs or files>` and `--write-expectations <file>` for the list of
 * known failures used by test/conformance.test.ts.
 *
 * Start timestamps from `@st` lines are stored with float samples (histogram
 * samples do not carry them yet); native histograms load only as far as the
 * storage accepts them.
 */
export { runScript, countResult, type RunnerDeps, type RunOptions, type ResultCounts, type EvalOutcome, type FileResult } from './runner';
export type { EvalOptions, QueryTools } from './run-eval';
export type { ScriptError } from './script';
export { diffExpectations, buildExpectations, failuresOf, summarize, type ConformanceExpectations, type ExpectedFailure, type Failure } from './expectations';
