import { describe, expect, it } from 'vitest';
import { RuleFileError } from './errors';
import { evalSlotMs, groupOffsetMs } from './eval-slot';
import { createTestWorld, evalSlots, scrapeEvery, T0 } from './testing';

const RECORD = `groups:
  - name: rec
    rules:
      - record: job:up:sum
        expr: sum by (job) (up)
        labels: {source: rule}
`;

describe('recording rules', () => {
  it('record the expression under the new name with the rule labels, at each slot', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'a', instance: '1' }, () => 1);
    scrapeEvery(w, { __name__: 'up', job: 'a', instance: '2' }, () => 1);
    scrapeEvery(w, { __name__: 'up', job: 'b', instance: '1' }, () => 0);
    w.manager.update({ 'r.yml': RECORD });
    await w.step(2 * 60_000);
    const g = w.manager.groups()[0]!;
    const slot = g.firstEvalMs(T0) + g.intervalMs;
    expect(await w.instant('job:up:sum', slot)).toEqual({
      '__name__=job:up:sum,job=a,source=rule': 2,
      '__name__=job:up:sum,job=b,source=rule': 0,
    });
    expect(w.manager.rules().groups[0]!.rules[0]).toEqual({
      name: 'job:up:sum', query: 'sum by (job) (up)', labels: { source: 'rule' }, health: 'ok',
      evaluationTime: 0, lastEvaluation: new Date(g.lastEvaluationMs!).toISOString().replace('.000Z', 'Z'), type: 'recording',
    });
  });

  it('write a staleness marker when a recorded series disappears', async () => {
    const w = createTestWorld();
    const goneAt = T0 + 60_000;
    scrapeEvery(w, { __name__: 'up', job: 'a' }, () => 1);
    scrapeEvery(w, { __name__: 'up', job: 'b' }, (t) => (t < goneAt ? 1 : undefined));
    w.manager.update({ 'r.yml': RECORD });
    // b's last sample is looked back on for 5m, then sum by (job) stops returning it.
    await w.step(8 * 60_000);
    const g = w.manager.groups()[0]!;
    const evals = evalSlots(w, T0 + 8 * 60_000);
    const lastWithB = [...evals].reverse().find((t) => t - 5 * 60_000 <= goneAt - 15_000)!;
    expect(Object.keys(await w.instant('job:up:sum', lastWithB))).toHaveLength(2);
    // The marker makes the series vanish at once instead of lingering for the lookback window.
    expect(Object.keys(await w.instant('job:up:sum', lastWithB + g.intervalMs))).toEqual(['__name__=job:up:sum,job=a,source=rule']);
  });

  it('fail with Prometheus text on a duplicate labelset or over the limit', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'a' }, () => 1);
    scrapeEvery(w, { __name__: 'up', job: 'b' }, () => 1);
    w.manager.update({
      'r.yml': `groups:
  - {name: dup, rules: [{record: r1, expr: up, labels: {job: x}}]}
  - {name: lim, limit: 1, rules: [{record: r2, expr: up}]}
`,
    });
    await w.step(60_000);
    const [dup, lim] = w.manager.rules().groups;
    expect(dup!.rules[0]).toMatchObject({ health: 'err', lastError: 'vector contains metrics with the same labelset after applying rule labels' });
    expect(lim!.rules[0]).toMatchObject({ health: 'err', lastError: 'exceeded limit of 1 with 2 series' });
    expect(await w.instant('r2')).toEqual({});
  });

  it('query and stamp samples query_offset in the past', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'a' }, (t) => (t - T0) / 1000);
    w.manager.update({ 'r.yml': 'groups: [{name: o, query_offset: 30s, rules: [{record: r, expr: up}]}]' });
    await w.step(2 * 60_000);
    const g = w.manager.groups()[0]!;
    const slot = g.firstEvalMs(T0) + 4 * g.intervalMs;
    const queried = slot - 30_000;
    // The recorded value is `up` as seen 30s before the slot, stored at that earlier time.
    expect(await w.instant('r', queried)).toEqual({ '__name__=r,job=a': Math.floor((queried - T0) / 15_000) * 15 });
    expect(Math.floor((queried - T0) / 15_000) * 15).toBe(30);
  });
});

describe('evaluation slots', () => {
  it('offset each group within its interval by a hash of file and name, deterministically', () => {
    const off = groupOffsetMs('rules.yml', 'availability', 60_000);
    expect(off).toBe(groupOffsetMs('rules.yml', 'availability', 60_000));
    expect(off).toBeGreaterThanOrEqual(0);
    expect(off).toBeLessThan(60_000);
    expect(groupOffsetMs('other.yml', 'availability', 60_000)).not.toBe(off);
    const slot = evalSlotMs(T0 + 12_345, off, 60_000);
    expect((slot - off) % 60_000).toBe(0);
    expect(slot).toBeLessThanOrEqual(T0 + 12_345);
    expect(slot).toBeGreaterThan(T0 + 12_345 - 60_000);
  });
});

describe('reloading', () => {
  const alertRules = (forText: string, extra = ''): string => `groups:
  - name: g
    rules:
      - alert: Down
        expr: up == 0
        for: ${forText}
${extra}`;

  it('keeps `for` progress of unchanged rules when their group changes', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'a' }, () => 0);
    w.manager.update({ 'r.yml': alertRules('5m') });
    await w.step(3 * 60_000);
    const activeAt = w.manager.alerts().alerts[0]!.activeAt;
    // Adding a rule changes the group; Down keeps its alert and start time.
    w.manager.update({ 'r.yml': alertRules('5m', '      - record: x\n        expr: up\n') });
    await w.step(4 * 60_000);
    const alerts = w.manager.alerts().alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ activeAt, state: 'firing' });
  });

  it('keeps running the previous rules when new files are invalid', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'a' }, () => 0);
    w.manager.update({ 'r.yml': alertRules('1m') });
    await w.step(30_000);
    const before = w.manager.groups()[0];
    expect(() => w.manager.update({ 'r.yml': alertRules('1x') })).toThrow(RuleFileError);
    expect(w.manager.groups()[0]).toBe(before);
    await w.step(2 * 60_000);
    expect(w.manager.alerts().alerts[0]!.state).toBe('firing');
  });

  it('leaves identical groups running untouched', () => {
    const w = createTestWorld();
    w.manager.update({ 'r.yml': alertRules('1m') });
    const before = w.manager.groups()[0];
    w.manager.update({ 'r.yml': '# a comment moves the lines\n' + alertRules('1m') });
    expect(w.manager.groups()[0]).toBe(before);
  });

  it('marks the series of a removed group stale two intervals later', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'a' }, () => 1);
    w.manager.update({ 'r.yml': RECORD });
    await w.step(60_000);
    const removedAt = w.clock.nowMs;
    w.manager.update({});
    expect(w.manager.groups()).toEqual([]);
    await w.step(15_000);
    expect(Object.keys(await w.instant('job:up:sum', removedAt + 15_000))).toHaveLength(1);
    await w.step(30_000);
    expect(await w.instant('job:up:sum', removedAt + 15_000)).toEqual({});
  });
});
