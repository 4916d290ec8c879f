/**
 * The conformance CLI: runs promqltest scripts against our engine.
 *
 *   npm run conformance -- [options] <dirs or .test files>
 *
 *   -v, --verbose          print every failure with file:line and what differed
 *   --hide-histograms      with -v, leave out failures that touch native histograms
 *   --json                 print a JSON summary instead of text
 *   --only <line,...>      check only the evals starting at these lines (loads still run)
 *   --no-hidden            skip the hidden checks (@-pinned re-runs, range-mode cross-check)
 *   --write-expectations <file>   write the current failures as the known-failures list
 *                          (entries of files not run this time are kept)
 *
 * Without paths it runs ../shared/conformance/promqltest. Counts are raw: no
 * known-failures list is applied. Exits non-zero when anything failed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildExpectations, countResult, summarize, type ConformanceExpectations, type FileResult, type ResultCounts } from '../promqltest/index';
import { conformanceDeps } from './conformance-env';
import { listTestFiles, runFile } from './conformance-files';

const DEFAULT_DIR = '../shared/conformance/promqltest';
const REGENERATE = 'npx tsx engine/cli/conformance.ts --write-expectations test/conformance-expectations.json ../shared/conformance/promqltest';

interface Args {
  paths: string[];
  verbose: boolean;
  hideHistograms: boolean;
  json: boolean;
  hidden: boolean;
  only?: Set<number>;
  writeExpectations?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { paths: [], verbose: false, hideHistograms: false, json: false, hidden: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-v' || a === '--verbose') args.verbose = true;
    else if (a === '--hide-histograms') args.hideHistograms = true;
    else if (a === '--json') args.json = true;
    else if (a === '--no-hidden') args.hidden = false;
    else if (a === '--only') args.only = new Set((argv[++i] ?? '').split(',').map(Number));
    else if (a === '--write-expectations') args.writeExpectations = argv[++i];
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else args.paths.push(a);
  }
  if (args.paths.length === 0) {
    if (!existsSync(DEFAULT_DIR)) throw new Error(`no paths given and ${DEFAULT_DIR} does not exist`);
    args.paths.push(DEFAULT_DIR);
  }
  return args;
}

/** counts renders "N passed, M failed (K touch native histograms), E file errors". */
function counts(c: ResultCounts): string {
  const nh = c.failedHistogram > 0 ? ` (${c.failedHistogram} touch native histograms)` : '';
  const errs = c.errors > 0 ? `, ${c.errors} file errors` : '';
  return `${c.passed} passed, ${c.failed} failed${nh}${errs}`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const deps = conformanceDeps();
  const opts = { atModifierCheck: args.hidden, rangeModeCheck: args.hidden, ...(args.only ? { onlyLines: args.only } : {}) };
  const started = performance.now();
  const results: FileResult[] = [];
  for (const path of listTestFiles(args.paths)) {
    const r = await runFile(path, deps, opts);
    results.push(r);
    if (!args.json) printFile(r, relative(process.cwd(), path), args);
  }
  const total = summarize(results);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (args.writeExpectations !== undefined) {
    // Entries of files that did not run this time are kept.
    const previous = existsSync(args.writeExpectations) ? (JSON.parse(readFileSync(args.writeExpectations, 'utf8')) as ConformanceExpectations) : undefined;
    const comment = `Known conformance failures ("histogram": the eval touches native-histogram data). Regenerate with: ${REGENERATE}`;
    const exp = buildExpectations(results, comment, previous);
    writeFileSync(args.writeExpectations, JSON.stringify(exp, null, 2) + '\n');
    console.error(`wrote ${exp.failures.length} known failures to ${args.writeExpectations}`);
  }
  if (args.json) {
    const files = results.map((r) => ({ file: r.file, ...countResult(r), durationMs: Math.round(r.durationMs), failures: r.evals.filter((e) => !e.ok), fileErrors: r.errors }));
    console.log(JSON.stringify({ ...total, seconds: Number(seconds), files }, null, 2));
  } else {
    console.log(`${counts(total)} (${seconds}s)`);
  }
  if (args.writeExpectations !== undefined) return 0;
  return total.failed > 0 || total.errors > 0 ? 1 : 0;
}

function printFile(r: FileResult, shownPath: string, args: Args): void {
  const c = countResult(r);
  const status = c.failed === 0 && c.errors === 0 ? 'PASS' : 'FAIL';
  console.log(`${status} ${shownPath}: ${counts(c)} (${Math.round(r.durationMs)}ms)`);
  if (!args.verbose) return;
  const hidden = (text: string, nh: boolean): boolean => args.hideHistograms && (nh || /native histogram/i.test(text));
  for (const e of r.errors) if (!hidden(e.message, false)) console.log(`  ${shownPath}:${e.line}: ${e.message}`);
  for (const e of r.evals) if (!e.ok && !hidden(e.message ?? '', e.touchesHistograms)) console.log(`  ${shownPath}:${e.line}: ${e.message}`);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
