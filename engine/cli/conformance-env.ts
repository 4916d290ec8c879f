/**
 * conformanceDeps wires the promqltest interpreter to the real engine, TSDB
 * and parser with the settings the upstream test engine uses (FORMAT.md §10).
 * Shared by the conformance CLI and the vitest wrappers.
 */
import { createEngine } from '../promql/engine';
import { formatExpr, parseExpr } from '../promql/parser/index';
import type { RunnerDeps } from '../promqltest/index';
import { createHead } from '../tsdb/index';

export function conformanceDeps(): RunnerDeps {
  const engine = createEngine({
    lookbackDeltaMs: 5 * 60_000,
    maxSamples: 10_000,
    timeoutMs: 100_000,
    defaultSubqueryStepMs: 60_000,
    enableExperimental: true,
    delayedNameRemoval: true,
  });
  return {
    engine,
    newStorage: () => createHead(),
    parseExpr: (query) => parseExpr(query, { experimental: true }),
    formatExpr,
  };
}
