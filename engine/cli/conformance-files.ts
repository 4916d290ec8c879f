/**
 * Finding and running promqltest files on disk (Node only), for the
 * conformance CLI and the vitest wrappers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runScript, type FileResult, type RunOptions, type RunnerDeps } from '../promqltest/index';

/** listTestFiles expands directories into their `*.test` files (sorted); files are kept as given. */
export function listTestFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).filter((n) => n.endsWith('.test')).sort()) out.push(join(p, name));
    } else {
      out.push(p);
    }
  }
  return out;
}

/** runFile runs one file; results are keyed by the file's base name (the corpus names are unique). */
export function runFile(path: string, deps: RunnerDeps, opts: RunOptions = {}): Promise<FileResult> {
  return runScript(readFileSync(path, 'utf8'), basename(path), deps, opts);
}
