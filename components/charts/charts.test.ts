import { describe, expect, it } from 'vitest';
import type { Labels } from '@/engine/index';
import { matrixToChart, seriesKey } from './seriesData';
import { stackSeries } from './stack';
import { makeScales } from './scales';

const labels = (rec: Record<string, string>): Labels => Object.entries(rec).map(([name, value]) => ({ name, value }));
const size = { width: 500, height: 300, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('chart data', () => {
  it('aligns samples on the step grid and leaves NaN gaps where a step has none', () => {
    const data = matrixToChart([{ labels: labels({ code: '200' }), floats: [{ t: 0, v: 1 }, { t: 20, v: 3 }] }], 0, 30, 10);
    expect(data.times).toEqual([0, 10, 20, 30]);
    expect([...data.series[0]!.values]).toEqual([1, NaN, 3, NaN]);
    expect(data.series[0]!.key).toBe('{code="200"}');
  });

  it('names series like Prometheus: the metric name outside the braces', () => {
    expect(seriesKey({ __name__: 'up', job: 'api' })).toBe('up{job="api"}');
    expect(seriesKey({ __name__: 'up' })).toBe('up');
    expect(seriesKey({})).toBe('{}');
  });

  it('stacks positive values upward, negative downward, and keeps gaps', () => {
    const s = (key: string, vs: number[]) => ({ key, labels: {}, color: '#000', values: Float64Array.from(vs) });
    const [a, b] = stackSeries([s('a', [1, 2, NaN]), s('b', [3, -1, 5])], 3, true);
    expect([...a!.y1]).toEqual([1, 2, NaN]);
    expect([...b!.y0]).toEqual([1, 0, 0]);
    expect([...b!.y1]).toEqual([4, -1, 5]);
  });

  it('stacks to 100 % as shares of each step’s total in percent mode', () => {
    const s = (key: string, vs: number[]) => ({ key, labels: {}, color: '#000', values: Float64Array.from(vs) });
    const [a, b, c] = stackSeries([s('a', [1, 0, NaN, 3]), s('b', [3, 0, 2, -1]), s('c', [4, 0, 2, NaN])], 4, 'percent');
    expect([...a!.y1]).toEqual([0.125, 0, NaN, 0.75]);
    expect([...b!.y0, ...b!.y1]).toEqual([0.125, 0, 0, 0, 0.5, 0, 0.5, -0.25]);
    // The positive pile reaches exactly 1 where nothing is negative; an all-zero step stays at 0.
    expect([...c!.y1]).toEqual([1, 0, 1, NaN]);
    expect([...a!.values]).toEqual([1, 0, NaN, 3]); // the tooltip still reads the values
  });

  it('includes zero in the y domain only when asked', () => {
    const [s] = stackSeries([{ key: 'a', labels: {}, color: '#000', values: Float64Array.from([100, 110]) }], 2, false);
    expect(makeScales([0, 1], [s!], size, { stacked: false, yFromZero: false }).y.domain()[0]).toBeGreaterThan(0);
    expect(makeScales([0, 1], [s!], size, { stacked: false, yFromZero: true }).y.domain()[0]).toBe(0);
  });
});

describe('axis labels', () => {
  it('prints UTC times on a 24-hour clock and the date at midnight', async () => {
    const { formatTimeTick } = await import('./drawAxes');
    expect(formatTimeTick(new Date(Date.UTC(2023, 10, 14, 23, 55)))).toBe('23:55');
    expect(formatTimeTick(new Date(Date.UTC(2023, 10, 15)))).toBe('Nov 15');
    expect(formatTimeTick(new Date(Date.UTC(2023, 10, 15, 0, 0, 30)))).toBe('00:00:30');
  });
});
