import { describe, expect, it } from 'vitest';
import { bucketsToHeatmap } from '../charts/heatmapData';
import { lastValue, panelRange, rangeValuesToChart } from './panelData';

const series = (le: string, values: number[]) => ({ key: le, labels: { le }, color: '#000', values: Float64Array.from(values) });

describe('panel data', () => {
  it('aligns the grid to the step as Grafana does, keeping the view end for instant queries', () => {
    expect(panelRange(1_005_000, 60_000, 15_000)).toEqual({ startMs: 945_000, endMs: 1_005_000, stepMs: 15_000, viewEndMs: 1_005_000 });
    // Now between two steps: start and end round down, so no step lies past now.
    expect(panelRange(1_012_345, 60_000, 15_000)).toEqual({ startMs: 945_000, endMs: 1_005_000, stepMs: 15_000, viewEndMs: 1_012_345 });
    expect(panelRange(1_019_999, 50_000, 15_000)).toEqual({ startMs: 960_000, endMs: 1_005_000, stepMs: 15_000, viewEndMs: 1_019_999 });
    // A moment later, the same step times: a refresh can reuse what it computed.
    const a = panelRange(3_600_000 + 16_000, 3_600_000, 15_000);
    const b = panelRange(3_600_000 + 29_000, 3_600_000, 15_000);
    expect([a.startMs, a.endMs]).toEqual([b.startMs, b.endMs]);
  });
  it('reduces a series to its last finite value', () => {
    expect(lastValue(Float64Array.from([1, 2, NaN]))).toBe(2);
    expect(lastValue(Float64Array.from([NaN]))).toBeNaN();
  });
  it('names series by the query’s legend template', () => {
    const grid = [{ labels: { handler: '/api' }, values: Float64Array.from([1, NaN]) }, { labels: { handler: '/b' }, values: Float64Array.from([2, 3]) }];
    const chart = rangeValuesToChart([grid, [{ labels: { __name__: 'up', job: 'x' }, values: Float64Array.from([0, 1]) }]], [{ expr: 'x', legend: '{{handler}}' }, { expr: 'up' }], { startMs: 0, endMs: 15_000, stepMs: 15_000, viewEndMs: 15_000 });
    expect(chart.times).toEqual([0, 15_000]);
    expect(chart.series.map((s) => s.key)).toEqual(['/api', '/b', 'up{job="x"}']);
    expect(new Set(chart.series.map((s) => s.color)).size).toBe(3);
    expect([...chart.series[0]!.values]).toEqual([1, NaN]);
  });
});

describe('histogram heatmap', () => {
  it('sorts buckets numerically, not as text (le="10" above le="2.5")', () => {
    const heat = bucketsToHeatmap({ times: [0], series: [series('10', [9]), series('2.5', [5]), series('+Inf', [10])] });
    expect(heat.buckets).toEqual(['2.5', '10', '+Inf']);
    expect(heat.counts.map((c) => [...c])).toEqual([[5], [4], [1]]);
  });
  it('clamps negative differences (counter resets, rounding) to 0 and keeps gaps', () => {
    const heat = bucketsToHeatmap({ times: [0, 1], series: [series('1', [5, NaN]), series('+Inf', [4.9999, 3])] });
    expect(heat.counts.map((c) => [...c])).toEqual([[5, NaN], [0, NaN]]);
  });
  it('turns cumulative buckets into per-bucket values, +Inf last', () => {
    const heat = bucketsToHeatmap({ times: [0, 1], series: [series('+Inf', [10, 12]), series('0.5', [6, 6]), series('0.1', [2, 3])] });
    expect(heat.buckets).toEqual(['0.1', '0.5', '+Inf']);
    expect(heat.counts.map((c) => [...c])).toEqual([[2, 3], [4, 3], [4, 6]]);
    expect(heat.max).toBe(6);
  });
});
