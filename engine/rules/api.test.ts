import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../model/matchers';
import { Timeline } from './timeline';
import { createTestWorld, scrapeEvery } from './testing';

const FILES = {
  'a.yml': `groups:
  - name: ga
    rules:
      - record: r:up
        expr: up
      - alert: Down
        expr: up == 0
        labels: {severity: page}
`,
  'b.yml': `groups:
  - name: gb
    interval: 1m
    rules:
      - alert: Other
        expr: up == 0
        labels: {severity: ticket}
`,
};

describe('/api/v1/rules data', () => {
  it('lists groups by file with never-evaluated rules as unknown at Go zero time', () => {
    const w = createTestWorld();
    w.manager.update(FILES);
    const { groups } = w.manager.rules();
    expect(groups.map((g) => [g.file, g.name, g.interval])).toEqual([['a.yml', 'ga', 15], ['b.yml', 'gb', 60]]);
    expect(groups[0]!.lastEvaluation).toBe('0001-01-01T00:00:00Z');
    // Go omits empty labels of recording rules and lastError when there is none.
    expect(groups[0]!.rules[0]).toEqual({
      name: 'r:up', query: 'up', health: 'unknown', evaluationTime: 0, lastEvaluation: '0001-01-01T00:00:00Z', type: 'recording',
    });
    expect(groups[0]!.rules[1]).toEqual({
      state: 'inactive', name: 'Down', query: 'up == 0', duration: 0, keepFiringFor: 0, labels: { severity: 'page' },
      annotations: {}, alerts: [], health: 'unknown', evaluationTime: 0, lastEvaluation: '0001-01-01T00:00:00Z', type: 'alerting',
    });
  });

  it('filters by type, rule_name[], group_name[], file[] and match[], dropping emptied groups', () => {
    const w = createTestWorld();
    w.manager.update(FILES);
    const names = (f: Parameters<typeof w.manager.rules>[0]): string[][] => w.manager.rules(f).groups.map((g) => g.rules.map((r) => r.name));
    expect(names({ type: 'alert' })).toEqual([['Down'], ['Other']]);
    expect(names({ type: 'record' })).toEqual([['r:up']]);
    expect(names({ ruleName: ['Other'] })).toEqual([['Other']]);
    expect(names({ groupName: ['ga'] })).toEqual([['r:up', 'Down']]);
    expect(names({ file: ['b.yml'] })).toEqual([['Other']]);
    expect(names({ match: [[compileMatcher({ name: 'severity', type: '=', value: 'page' })]] })).toEqual([['Down']]);
  });

  it('reports /api/v1/alerts with Go-formatted values and RFC 3339 times', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'x' }, () => 0);
    w.manager.update(FILES);
    await w.step(2 * 60_000);
    const alerts = w.manager.alerts().alerts;
    expect(alerts.map((a) => a.labels.alertname)).toEqual(['Down', 'Other']);
    expect(alerts[0]).toEqual({
      labels: { alertname: 'Down', job: 'x', severity: 'page' },
      annotations: {},
      state: 'firing',
      activeAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
      value: '0e+00',
    });
  });
});

describe('the timeline', () => {
  it('keeps only the most recent events', () => {
    const t = new Timeline(2);
    for (let i = 0; i < 3; i++) t.add({ kind: 'transition', tMs: i, group: 'g', file: 'f', rule: 'r', alert: '{}', from: 'new', to: 'pending', why: '' });
    expect(t.list().map((e) => e.tMs)).toEqual([1, 2]);
    expect(t.droppedCount).toBe(1);
  });
});
