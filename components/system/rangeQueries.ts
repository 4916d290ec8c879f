import { QueryError, type Matrix, type QueryResult } from '@/engine/index';
import { annotated } from './annotated';
import { alignMatrix } from './gridSeries';
import type { RangeAnswer, RangeQueryParams } from './protocol';
import { bucketsHead, canonicalQuery, quantileOf, sharedQuantileQuery } from './sharedQuantiles';
import { toWorkerError } from './workerError';
import type { WorldHost } from './worldHost';

/** Evaluated is a query's answer plus, when it succeeded, its matrix (for quantiles that share it). */
interface Evaluated {
  readonly answer: RangeAnswer;
  readonly matrix?: Matrix;
  readonly clean: boolean;
}

/**
 * answerRangeQueries evaluates a dashboard's range queries in one request,
 * one after another, sharing work between them: an identical query (same
 * text as parsed, same grid) runs once, and when a histogram's buckets are
 * asked for by several quantiles (`histogram_quantile(φ, buckets)`, or the
 * buckets themselves for a heatmap) the buckets are evaluated once and each
 * quantile reads them. Every answer equals the query's own evaluation:
 * whenever sharing would change a warning, the query is evaluated alone.
 * A query's own error is its answer; a cancel ends the whole batch.
 */
export async function answerRangeQueries(host: WorldHost, queries: readonly RangeQueryParams[], signal: AbortSignal, timeoutMs?: number): Promise<RangeAnswer[]> {
  const done = new Map<string, Promise<Evaluated>>();
  const gridOf = (q: RangeQueryParams) => `${q.startMs}/${q.endMs}/${q.stepMs}`;
  const evaluate = (q: RangeQueryParams): Promise<Evaluated> => {
    const key = `${gridOf(q)}/${canonicalQuery(q.query)}`;
    let e = done.get(key);
    if (!e) {
      e = evaluateOne(host, q, signal, timeoutMs);
      done.set(key, e);
    }
    return e;
  };
  // Bucket expressions wanted more than once on one grid (by quantiles or as queries of their own).
  const uses = new Map<string, number>();
  const count = (key: string) => uses.set(key, (uses.get(key) ?? 0) + 1);
  const quantiles = queries.map(({ query }) => quantileOf(query));
  queries.forEach((q, i) => {
    const quantile = quantiles[i];
    count(`${gridOf(q)}/${quantile ? quantile.inner : canonicalQuery(q.query)}`);
  });
  const answers: RangeAnswer[] = [];
  for (const [i, q] of queries.entries()) {
    const quantile = quantiles[i];
    if (quantile && (uses.get(`${gridOf(q)}/${quantile.inner}`) ?? 0) > 1) {
      const buckets = await evaluate({ ...q, query: quantile.inner });
      const shared = buckets.clean && buckets.matrix ? await quantileOver(host, buckets.matrix, quantile.phi, q, signal, timeoutMs) : null;
      answers.push(shared ?? (await evaluate(q)).answer);
    } else {
      answers.push((await evaluate(q)).answer);
    }
  }
  return answers;
}

async function evaluateOne(host: WorldHost, q: RangeQueryParams, signal: AbortSignal, timeoutMs: number | undefined): Promise<Evaluated> {
  try {
    const res = await host.engine.rangeQuery(host.system.head, q.query, q.startMs, q.endMs, q.stepMs, { signal, timeoutMs });
    const matrix = res.value.type === 'matrix' ? res.value.series : undefined;
    return { answer: toAnswer(res, q), matrix, clean: res.annotations.length === 0 && !matrix?.some((s) => (s.histograms?.length ?? 0) > 0) };
  } catch (err) {
    if (signal.aborted && err instanceof QueryError) throw err;
    return { answer: { ok: false, error: toWorkerError(err) }, clean: false };
  }
}

/** quantileOver computes one quantile from shared buckets; null when that raised an annotation (then the query runs alone, for its own wording). */
async function quantileOver(host: WorldHost, buckets: Matrix, phi: number, q: RangeQueryParams, signal: AbortSignal, timeoutMs: number | undefined): Promise<RangeAnswer | null> {
  const res = await host.engine.rangeQuery(bucketsHead(buckets), sharedQuantileQuery(phi), q.startMs, q.endMs, q.stepMs, { signal, timeoutMs, lookbackDeltaMs: 1 });
  return res.annotations.length === 0 ? toAnswer(res, q) : null;
}

function toAnswer(res: QueryResult, q: RangeQueryParams): RangeAnswer {
  return {
    ok: true,
    series: res.value.type === 'matrix' ? alignMatrix(res.value.series, q.startMs, q.endMs, q.stepMs) : [],
    warnings: annotated(res.annotations, 'warning', q.query),
    infos: annotated(res.annotations, 'info', q.query),
  };
}
