import { beforeAll, describe, expect, it } from 'vitest';
import { parseExpr } from '@/engine/index';
import { createHandlers, type Handlers } from './handlers';
import type { ExplainNode, ExplainOk } from './explainReply';
import { WorldSession } from './worldSession';

const immediate = () => Promise.resolve();
const signal = new AbortController().signal;

function find(n: ExplainNode, kind: string): ExplainNode | undefined {
  if (n.kind === kind) return n;
  for (const c of n.children) {
    const f = find(c, kind);
    if (f !== undefined) return f;
  }
  return undefined;
}

describe('the explain method (simulated world)', () => {
  let h: Handlers;
  let nowMs: number;
  beforeAll(async () => {
    const session = new WorldSession({ seed: 1, historyMs: 20 * 60_000 }, () => {}, immediate);
    h = createHandlers(session);
    nowMs = (await h.info({}, signal)).nowMs;
  }, 120_000);

  async function explained(query: string): Promise<ExplainOk> {
    const r = await h.explain({ query, timeMs: nowMs }, signal);
    if (!r.ok) throw new Error(r.error.message);
    return r;
  }

  it('returns one node per sub-expression with type, series, samples and examples', async () => {
    const r = await explained('sum by (code) (rate(http_requests_total[5m]))');
    const root = r.root;
    expect(root).toMatchObject({ kind: 'AggregateExpr', type: 'vector', text: 'sum by (code) (rate(http_requests_total[5m]))' });
    expect(root.seriesOut).toBeGreaterThan(1);
    expect(root.examples.length).toBeGreaterThan(0);
    expect(Object.keys(root.examples[0]!.labels)).toEqual(['code']);
    expect(root.detail).toMatchObject({ kind: 'aggregate', op: 'sum', groupCount: root.seriesOut });
    const rate = find(root, 'Call')!;
    expect(rate.text).toBe('rate(http_requests_total[5m])');
    const sel = find(rate, 'MatrixSelector')!;
    expect(sel.detail?.kind).toBe('range');
    expect(find(rate, 'MatrixSelector')!.type).toBe('matrix');
  });

  it('shows the extrapolation arithmetic of rate, ending in the value the node produced', async () => {
    const rate = find((await explained('rate(http_requests_total[5m])')).root, 'Call')!;
    if (rate.detail?.kind !== 'extrapolation') throw new Error('expected extrapolation detail');
    const [first] = rate.detail.series;
    const a = first!.arithmetic;
    expect(a.samples).toBeGreaterThan(2);
    expect(a.perSecondOverS).toBe(300);
    const same = rate.examples.find((x) => JSON.stringify(x.labels) === JSON.stringify(Object.fromEntries(Object.entries(first!.labels).filter(([k]) => k !== '__name__'))));
    expect(same?.value).toBe(a.result);
  });

  it('lists raw samples of instant selectors with staleness marked', async () => {
    const sel = (await explained('up')).root;
    expect(sel.kind).toBe('VectorSelector');
    if (sel.detail?.kind !== 'selector') throw new Error('expected selector detail');
    expect(sel.detail.series[0]!.samples.length).toBeGreaterThan(0);
    expect(typeof sel.detail.series[0]!.samples[0]!.stale).toBe('boolean');
    expect(sel.samplesRead).toBeGreaterThan(0);
  });

  it('is plain data that survives structured cloning', async () => {
    const r = await explained('sum(rate(http_requests_total[5m])) / on() group_left count(up)');
    expect(structuredClone(r)).toEqual(r);
    expect(find(r.root, 'BinaryExpr')!.detail).toMatchObject({ kind: 'binary', card: 'many-to-one' });
  });

  it('answers a matching failure with the colliding series and rewrites that run', async () => {
    const query = 'http_requests_total / on(job) up';
    const r = await h.explain({ query, timeMs: nowMs }, signal);
    if (r.ok) throw new Error('expected a matching failure');
    expect(r.error.message).toMatch(/found duplicate series for the match group/);
    expect(r.matching?.side).toBe('right');
    expect(r.matching?.differing).toContain('instance');
    expect(r.fixes.length).toBeGreaterThan(0);
    for (const fix of r.fixes) expect(() => parseExpr(fix.query)).not.toThrow();
    const [groupRight, matchMore, aggregate] = r.fixes.map((f) => f.query);
    expect(groupRight).toBe('http_requests_total / on (job) group_right () up');
    // Every label that tells the `up` series apart and that http_requests_total has too.
    expect(matchMore).toMatch(/^http_requests_total \/ on \(job, instance(, \w+)*\) group_left \(\) up$/);
    expect(aggregate).toBe('http_requests_total / on (job) group_left () max by (job) (up)');
    // The rewrites that make the right side unique run.
    for (const fix of r.fixes.slice(1)) expect((await h.explain({ query: fix.query, timeMs: nowMs }, signal)).ok).toBe(true);
  });

  it('rejects a query that does not parse', async () => {
    await expect(h.explain({ query: 'sum(', timeMs: nowMs }, signal)).rejects.toThrow(/parse error/);
  });
});
