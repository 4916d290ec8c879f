import { QueryError, type Matrix, type QueryResult } from '@/engine/index';
import { annotated } from './annotated';
import { alignMatrix } from './gridSeries';
import type { RangeAnswer, RangeQueryParams } from './protocol';
import { RangeResultsCache, type RangePlan } from './rangeResultsCache';
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
 * evaluateBatch evaluates a dashboard's range queries in one request,
 * one after another, sharing work between them: an identical query (same
 * text as parsed, same grid) runs once, and when a histogram's buckets are
 * asked for by several quantiles (`histogram_quantile(φ, buckets)`, or the
 * buckets themselves for a heatmap) the buckets are evaluated once and each
 * quantile reads them. Every answer equals the query's own evaluation:
 * whenever sharing would change a warning, the query is evaluated alone.
 * A query's own error is its answer; a cancel ends the whole batch.
 */
async function evaluateBatch(host: WorldHost, queries: readonly RangeQueryParams[], signal: AbortSignal, timeoutMs?: number): Promise<RangeAnswer[]> {
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

/**
 * SETTLE_MARGIN_MS keeps the newest minute out of the results cache: a step
 * is reused only once the world's clock is this far past it (plus the rules'
 * query offset, as recording rules write that far back), so a scrape or rule
 * evaluation still in flight can never leave a cached step short.
 */
const SETTLE_MARGIN_MS = 60_000;

/** The results cache of each world, with what it was filled under (a TSDB that lost data, or a longer rule query offset, invalidates it). */
const caches = new WeakMap<WorldHost, { cache: RangeResultsCache; minTime: number; numSeries: number; offsetMs: number }>();

function cacheFor(host: WorldHost): { cache: RangeResultsCache; settledMs: number } {
  const head = host.system.head;
  const offsetMs = ruleQueryOffsetMs(host);
  let c = caches.get(host);
  if (c === undefined) {
    c = { cache: new RangeResultsCache(), minTime: head.minTime, numSeries: head.numSeries, offsetMs };
    caches.set(host, c);
  }
  // The world's TSDB only appends; if its oldest sample or a series went, cached steps may be wrong.
  // Rules evaluated with a longer query offset write further back than the settled time assumed.
  if (head.minTime !== c.minTime || head.numSeries < c.numSeries || offsetMs > c.offsetMs) c.cache.clear();
  c.minTime = head.minTime;
  c.numSeries = head.numSeries;
  c.offsetMs = offsetMs;
  return { cache: c.cache, settledMs: host.system.clock.nowMs - SETTLE_MARGIN_MS - offsetMs };
}

/** ruleQueryOffsetMs is the longest query offset of the world's rule groups: recording rules write that far back. */
function ruleQueryOffsetMs(host: WorldHost): number {
  let offset = 0;
  for (const g of host.system.rules.groups()) offset = Math.max(offset, g.queryOffsetMs);
  return offset;
}

/**
 * answerRangeQueries answers a dashboard's range queries (see evaluateBatch),
 * evaluating of each only the steps its world's results cache does not hold
 * yet (see RangeResultsCache): on a step-aligned grid a refresh computes the
 * newest steps alone. An answer pieced together is the same as the query's
 * own evaluation; when the new steps raise a warning or fail, the whole
 * query is evaluated again so the answer carries its own wording.
 */
export async function answerRangeQueries(host: WorldHost, queries: readonly RangeQueryParams[], signal: AbortSignal, timeoutMs?: number): Promise<RangeAnswer[]> {
  const { cache, settledMs: settledBefore } = cacheFor(host);
  const keys = queries.map((q) => cache.key(canonicalQuery(q.query), q));
  const plans = queries.map((q, i): RangePlan | null => (keys[i] ? cache.plan(keys[i], q) : null));
  const work = queries.flatMap((q, i) => {
    const plan = plans[i];
    if (plan === null || plan === undefined) return [q];
    return plan.tail === null ? [] : [plan.tail];
  });
  const evaluated = await evaluateBatch(host, work, signal, timeoutMs);
  // The world may have moved on while the batch ran; what had settled when it began certainly has.
  const settled = settledBefore;
  const answers: RangeAnswer[] = [];
  // A query asked twice on one grid (panels repeating it) gets the same answer object, which the page receives once.
  const composed = new Map<string, RangeAnswer>();
  const stored = new Set<string>();
  let next = 0;
  for (const [i, q] of queries.entries()) {
    const plan = plans[i];
    const key = keys[i];
    const tail = plan && plan.tail !== null ? evaluated[next++]! : null;
    if (!plan) {
      answers.push(evaluated[next++]!);
    } else {
      const same = `${key}/${q.startMs}/${q.endMs}`;
      let answer = composed.get(same);
      if (answer === undefined) {
        answer = tail === null || isClean(tail)
          ? { ok: true, series: cache.compose(plan, q, tail?.series ?? []), warnings: [], infos: [] }
          : (await evaluateBatch(host, [q], signal, timeoutMs))[0]!;
        composed.set(same, answer);
      }
      answers.push(answer);
    }
    const answer = answers[answers.length - 1]!;
    // Only clean answers are kept: a warning belongs to the whole query, not to its steps.
    if (key && !stored.has(key) && isClean(answer)) {
      cache.store(key, q, answer.series, settled);
      stored.add(key);
    }
  }
  return answers;
}

function isClean(a: RangeAnswer): a is Extract<RangeAnswer, { ok: true }> {
  return a.ok && a.warnings.length === 0 && a.infos.length === 0;
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
