import type { Expr } from './ast';
import { QueryError } from './errors';
import { DEFAULT_FUNCTIONS } from './eval/registry';
import { runQuery, type ResolvedOptions } from './eval/run';
import { formatExpr } from './parser/index';
import { ParseCache } from './parse-cache';
import type { EngineOptions, PromQLEngine, QueryOptions, QueryResult } from './types';
import type { Queryable } from '../storage/interface';

const DEFAULTS: ResolvedOptions = {
  lookbackDeltaMs: 5 * 60_000,
  maxSamples: 50_000_000,
  timeoutMs: 2 * 60_000,
  defaultSubqueryStepMs: 60_000,
  delayedNameRemoval: false,
};

/**
 * createEngine returns a PromQL engine with Prometheus 3 defaults. Queries
 * are parsed (throwing ParseError; each text once, see ParseCache), evaluated against the given Queryable
 * and either resolve to a QueryResult or reject with a QueryError.
 */
export function createEngine(opts: EngineOptions = {}): PromQLEngine {
  const options: ResolvedOptions = {
    lookbackDeltaMs: opts.lookbackDeltaMs ?? DEFAULTS.lookbackDeltaMs,
    maxSamples: opts.maxSamples ?? DEFAULTS.maxSamples,
    timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs,
    defaultSubqueryStepMs: opts.defaultSubqueryStepMs ?? DEFAULTS.defaultSubqueryStepMs,
    delayedNameRemoval: opts.delayedNameRemoval ?? DEFAULTS.delayedNameRemoval,
  };
  const parsed = new ParseCache(opts.enableExperimental === true);

  async function execute(q: Queryable, query: string, startMs: number, endMs: number, stepMs: number, qopts: QueryOptions): Promise<QueryResult> {
    const expr: Expr = parsed.parse(query);
    return runQuery({
      queryable: q,
      expr,
      startMs,
      endMs,
      stepMs,
      options,
      queryOptions: qopts,
      functions: DEFAULT_FUNCTIONS,
      format: formatExpr,
    });
  }

  return {
    instantQuery: (q, query, tMs, qopts = {}) => execute(q, query, tMs, tMs, 0, qopts),
    rangeQuery: async (q, query, startMs, endMs, stepMs, qopts = {}) => {
      if (!(stepMs > 0)) {
        throw new QueryError('bad_data', 'zero or negative query resolution step widths are not accepted. Try a positive integer');
      }
      if (endMs < startMs) throw new QueryError('bad_data', 'end timestamp must not be before start time');
      return execute(q, query, startMs, endMs, stepMs, qopts);
    },
  };
}
