import type { Expr, MetricMetadata, VectorSelector } from '@/engine/index';
import { parseDuration } from '@/engine/util/duration';
import type { EngineClient } from '../system/engineClient';
import type { TeachingFacts } from './teachingLints';

/** How long metadata and scrape intervals are reused before asking the worker again, ms. */
const FACTS_TTL_MS = 30_000;
const SUFFIXES = ['_total', '_bucket', '_sum', '_count', '_created', '_info'];

/**
 * familyTypeFrom looks a metric up in /api/v1/metadata-style metadata. The
 * world is scraped as OpenMetrics, so families are named without their
 * sample suffixes: `http_requests` for `http_requests_total`, one histogram
 * family for its `_bucket`, `_sum` and `_count`.
 */
export function familyTypeFrom(metadata: Readonly<Record<string, MetricMetadata>>, metric: string): string | undefined {
  const exact = metadata[metric];
  if (exact !== undefined) return exact.type;
  for (const suffix of SUFFIXES) {
    if (!metric.endsWith(suffix)) continue;
    const family = metadata[metric.slice(0, -suffix.length)];
    if (family !== undefined) return family.type;
  }
  return undefined;
}

/** jobIntervalsFrom reads each job's longest scrape interval, ms, from an /api/v1/targets body. */
export function jobIntervalsFrom(targetsBody: string): Map<string, number> {
  const out = new Map<string, number>();
  const parsed = JSON.parse(targetsBody) as { data?: { activeTargets?: { labels?: Record<string, string>; scrapeInterval?: string; scrapePool?: string }[] } };
  for (const t of parsed.data?.activeTargets ?? []) {
    const job = t.labels?.job ?? t.scrapePool;
    if (job === undefined || t.scrapeInterval === undefined) continue;
    try {
      const ms = parseDuration(t.scrapeInterval);
      out.set(job, Math.max(out.get(job) ?? 0, ms));
    } catch {
      // A target without a readable interval tells us nothing.
    }
  }
  return out;
}

/** selectorText prints a selector's matchers alone (no offset or @), for the `series` method. */
export function selectorText(sel: VectorSelector): string {
  return `{${sel.matchers.map((m) => `${m.name}${m.type}${JSON.stringify(m.value)}`).join(', ')}}`;
}

/** rangeSelectors lists the selectors inside range selectors, whose scrape interval the window lint needs. */
function rangeSelectors(e: Expr, out: VectorSelector[] = []): VectorSelector[] {
  if (e.kind === 'MatrixSelector') out.push(e.selector);
  for (const v of Object.values(e)) {
    if (typeof v === 'object' && v !== null && 'kind' in v && 'pos' in v) rangeSelectors(v as Expr, out);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'object' && x !== null && 'kind' in x) rangeSelectors(x as Expr, out);
  }
  return out;
}

interface Cached {
  readonly atMs: number;
  readonly metadata: Readonly<Record<string, MetricMetadata>>;
  readonly intervals: Map<string, number>;
}

const cache = new WeakMap<EngineClient, Promise<Cached>>();

function worldFacts(engine: EngineClient): Promise<Cached> {
  const hit = cache.get(engine);
  const fresh = hit?.then((c) => (Date.now() - c.atMs < FACTS_TTL_MS ? c : null));
  const load = async (): Promise<Cached> => {
    const [metadata, targets] = await Promise.all([
      engine.call('metadata', {}),
      engine.call('http', { method: 'GET', url: '/api/v1/targets?state=active' }),
    ]);
    return { atMs: Date.now(), metadata, intervals: targets.status === 200 ? jobIntervalsFrom(targets.body) : new Map() };
  };
  const next = (fresh ?? Promise.resolve(null)).then((c) => c ?? load());
  cache.set(engine, next.catch(() => ({ atMs: 0, metadata: {}, intervals: new Map() })));
  return next;
}

/**
 * teachingFacts gathers what the lints need to know about the world for one
 * query: metric types from metadata and, per range selector, the longest
 * scrape interval among the jobs its series come from.
 */
export async function teachingFacts(engine: EngineClient, expr: Expr): Promise<TeachingFacts> {
  const { metadata, intervals } = await worldFacts(engine);
  const bySelector = new Map<number, number>();
  await Promise.all(
    rangeSelectors(expr).map(async (sel) => {
      const job = sel.matchers.find((m) => m.name === 'job' && m.type === '=')?.value;
      let jobs: string[];
      if (job !== undefined) jobs = [job];
      else {
        const rows = await engine.call('series', { matchers: [selectorText(sel)], limit: 500 }).catch(() => []);
        jobs = [...new Set(rows.map((r) => r.job).filter((j): j is string => j !== undefined))];
      }
      const known = jobs.map((j) => intervals.get(j)).filter((ms): ms is number => ms !== undefined);
      if (known.length > 0) bySelector.set(sel.pos.start, Math.max(...known));
    }),
  );
  return {
    familyType: (metric) => familyTypeFrom(metadata, metric),
    scrapeIntervalMs: (sel) => bySelector.get(sel.pos.start),
  };
}
