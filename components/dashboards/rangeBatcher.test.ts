import { describe, expect, it } from 'vitest';
import type { RangeAnswer, RangeQueryParams } from '../system/protocol';
import { createRangeBatcher } from './rangeBatcher';

const q = (query: string): RangeQueryParams => ({ query, startMs: 0, endMs: 60_000, stepMs: 15_000 });
const answer = (query: string): RangeAnswer => ({ ok: true, series: [{ labels: { q: query }, values: new Float64Array(5) }], warnings: [], infos: [] });

describe('the dashboard range batcher', () => {
  it('sends the queries asked for in one task as one batch and hands each panel its own answer', async () => {
    const sent: string[][] = [];
    const batcher = createRangeBatcher(async (queries) => {
      sent.push(queries.map((x) => x.query));
      return queries.map((x) => answer(x.query));
    });
    const signal = new AbortController().signal;
    const answers = await Promise.all(['a', 'b', 'c'].map((name) => batcher.run(q(name), signal)));
    expect(sent).toEqual([['a', 'b', 'c']]);
    expect(answers.map((a) => (a.ok ? a.series[0]!.labels.q : null))).toEqual(['a', 'b', 'c']);
    await batcher.run(q('d'), signal);
    expect(sent).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('leaves out panels that gave up before sending, and cancels a batch nobody waits for', async () => {
    const signals: AbortSignal[] = [];
    const sent: string[][] = [];
    const batcher = createRangeBatcher((queries, signal) => {
      sent.push(queries.map((x) => x.query));
      signals.push(signal);
      return new Promise(() => {});
    });
    const early = new AbortController();
    void batcher.run(q('gone'), early.signal);
    early.abort();
    const a = new AbortController();
    const b = new AbortController();
    void batcher.run(q('a'), a.signal);
    void batcher.run(q('b'), b.signal);
    await Promise.resolve();
    expect(sent).toEqual([['a', 'b']]);
    a.abort();
    expect(signals[0]!.aborted).toBe(false);
    b.abort();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('rejects every panel of a failed batch', async () => {
    const batcher = createRangeBatcher(() => Promise.reject(new Error('worker died')));
    const signal = new AbortController().signal;
    const runs = [batcher.run(q('a'), signal), batcher.run(q('b'), signal)];
    for (const r of runs) await expect(r).rejects.toThrow('worker died');
  });
});
