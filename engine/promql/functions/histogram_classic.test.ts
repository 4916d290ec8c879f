import { describe, expect, it } from 'vitest';
import { Annotations } from '../annotations';
import type { Call, Expr } from '../ast';
import { labelsFromRecord } from '../../model/labels';
import type { Sample } from '../values';
import { bucketFraction, bucketQuantile, type Bucket } from './histogram_classic';
import { HISTOGRAM_FUNCTIONS } from './histogram_functions';
import type { FunctionArg, FunctionContext } from './types';

function ctx(delayedNameRemoval = false): FunctionContext {
  const arg = (start: number): Expr => ({ kind: 'NumberLiteral', value: 0, pos: { start, end: start + 1 } });
  const call: Call = { kind: 'Call', func: 'histogram_quantile', args: [arg(19), arg(25), arg(30)], pos: { start: 0, end: 40 } };
  return { tMs: 3_000_000, queryStartMs: 0, queryEndMs: 0, stepMs: 0, call, annotations: new Annotations(), delayedNameRemoval };
}

function buckets(pairs: [number, number][]): Bucket[] {
  return pairs.map(([upperBound, count]) => ({ upperBound, count }));
}

function bucketSeries(name: string, labels: Record<string, string>, pairs: [string, number][]): Sample[] {
  return pairs.map(([le, v]) => ({ labels: labelsFromRecord({ __name__: name, ...labels, le }), t: 0, v }));
}

const vec = (v: Sample[]): FunctionArg => ({ type: 'vector', v });
const num = (v: number): FunctionArg => ({ type: 'scalar', v });

describe('bucketQuantile', () => {
  const h2 = buckets([[0, 0], [2, 10], [4, 20], [6, 30], [Infinity, 30]]);

  it('interpolates linearly inside the bucket holding the rank', () => {
    expect(bucketQuantile(1 / 6, h2).value).toBeCloseTo(1, 12);
    expect(bucketQuantile(0.5, h2).value).toBeCloseTo(3, 12);
    expect(bucketQuantile(5 / 6, h2).value).toBeCloseTo(5, 12);
  });

  it('answers the highest finite bound for ranks in the +Inf bucket', () => {
    expect(bucketQuantile(0.99, buckets([[0.1, 5], [0.2, 7], [1, 11], [Infinity, 12]])).value).toBe(1);
  });

  it('returns the lowest bound when it is not positive', () => {
    expect(bucketQuantile(0.1, buckets([[-0.2, 1], [-0.1, 2], [0.3, 2], [Infinity, 3]])).value).toBe(-0.2);
  });

  it('is NaN without a +Inf bucket or without observations, ±Inf for φ out of range', () => {
    expect(bucketQuantile(0.5, buckets([[1, 1], [2, 2]])).value).toBeNaN();
    expect(bucketQuantile(0.5, buckets([[1, 0], [Infinity, 0]])).value).toBeNaN();
    expect(bucketQuantile(-0.1, h2).value).toBe(-Infinity);
    expect(bucketQuantile(1.1, h2).value).toBe(Infinity);
    expect(bucketQuantile(NaN, h2).value).toBeNaN();
  });

  it('merges equal bounds written differently and sorts buckets', () => {
    const b = buckets([[Infinity, 40], [0.2, 10], [0.1, 10], [0.2, 10], [0.2, 10]]);
    expect(bucketQuantile(0.5, b).value).toBeCloseTo(0.15, 12);
  });

  it('repairs non-monotonic counts and says where', () => {
    const b = buckets([[0.1, 20], [1, 10], [10, 50], [100, 40], [1000, 90], [Infinity, 80]]);
    const r = bucketQuantile(0.5, b);
    expect(r.value).toBeCloseTo(8.5, 12);
    expect(r.fix).toEqual({ forced: true, minBucket: 1, maxBucket: Infinity, maxDiff: 10 });
    expect(bucketQuantile(0.01, b).value).toBeCloseTo(0.0045, 12);
    expect(bucketQuantile(0.99, b).value).toBeCloseTo(979.75, 9);
  });
});

describe('bucketFraction', () => {
  const h2 = buckets([[0, 0], [2, 10], [4, 20], [6, 30], [Infinity, 30]]);
  it('interpolates the ranks of both limits', () => {
    expect(bucketFraction(0, 4, h2)).toBeCloseTo(0.6666666666666666, 12);
    expect(bucketFraction(0, 6, h2)).toBe(1);
    expect(bucketFraction(0, 3.5, h2)).toBeCloseTo(0.5833333333333334, 12);
  });
  it('is 0 for an empty interval and NaN for NaN limits', () => {
    expect(bucketFraction(4, 4, h2)).toBe(0);
    expect(bucketFraction(NaN, 4, h2)).toBeNaN();
  });
});

describe('histogram_quantile', () => {
  const input = [
    ...bucketSeries('x_bucket', { job: 'a' }, [['1', 1], ['2', 2], ['+Inf', 2]]),
    ...bucketSeries('x_bucket', { job: 'b' }, [['1', 0], ['2', 2], ['+Inf', 2]]),
  ];

  it('groups buckets by their labels without le and drops the name', () => {
    const out = HISTOGRAM_FUNCTIONS.histogram_quantile.apply([num(0.5), vec(input)], ctx());
    expect(out.map((s) => [s.labels, s.v])).toEqual([
      [[{ name: 'job', value: 'a' }], 1],
      [[{ name: 'job', value: 'b' }], 1.5],
    ]);
  });

  it('marks the name for later removal under delayed name removal', () => {
    const out = HISTOGRAM_FUNCTIONS.histogram_quantile.apply([num(0.5), vec(input)], ctx(true));
    expect(out[0]?.dropName).toBe(true);
    expect(out[0]?.labels[0]).toEqual({ name: '__name__', value: 'x_bucket' });
  });

  it('warns about φ outside [0, 1] at the φ argument', () => {
    const c = ctx();
    HISTOGRAM_FUNCTIONS.histogram_quantile.apply([num(NaN), vec(input)], c);
    expect(c.annotations.list()).toEqual([
      { severity: 'warning', message: 'quantile value should be between 0 and 1, got NaN', pos: { start: 19, end: 20 } },
    ]);
  });

  it('skips series with a malformed le, with a warning naming the metric when it is kept', () => {
    const c = ctx(true);
    const bad = bucketSeries('series', {}, [['Hello World', 1]]);
    expect(HISTOGRAM_FUNCTIONS.histogram_quantile.apply([num(0.5), vec(bad)], c)).toEqual([]);
    expect(c.annotations.list()[0]?.message).toBe('bucket label "le" is missing or has a malformed value of "Hello World" for metric name "series"');
  });

  it('reports a monotonicity repair as an info at the histogram argument', () => {
    const c = ctx();
    const nonMonotonic = bucketSeries('nm_bucket', {}, [['1', 5], ['2', 3], ['+Inf', 6]]);
    HISTOGRAM_FUNCTIONS.histogram_quantile.apply([num(0.5), vec(nonMonotonic)], c);
    expect(c.annotations.list()[0]).toMatchObject({ severity: 'info', pos: { start: 25, end: 26 } });
    expect(c.annotations.list()[0]?.message).toMatch(/^input to histogram_quantile needed to be fixed for monotonicity/);
  });

  it('summarises all monotonicity repairs of a query in one info', () => {
    const c = ctx(true);
    const nm = (v: number): Sample[] => bucketSeries('nm_bucket', {}, [['1', 5 * v], ['10', 3 * v], ['+Inf', 6 * v]]);
    HISTOGRAM_FUNCTIONS.histogram_quantile.apply([num(0.5), vec(nm(1))], c);
    HISTOGRAM_FUNCTIONS.histogram_quantile.apply([num(0.5), vec(nm(100))], { ...c, tMs: 3_060_000 });
    expect(c.annotations.list().map((a) => a.message)).toEqual([
      'input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)' +
        ' for metric name "nm_bucket", from buckets 10 to 10, with a max diff of 2e+02, over 2 samples from 1970-01-01T00:50:00Z to 1970-01-01T00:51:00Z',
    ]);
  });
});

describe('histogram_quantiles', () => {
  it('adds one labelled sample per φ, formatting φ like OpenMetrics', () => {
    const input = bucketSeries('x_bucket', {}, [['2', 1], ['+Inf', 1]]);
    const out = HISTOGRAM_FUNCTIONS.histogram_quantiles.apply([vec(input), { type: 'string', v: 'q' }, num(0), num(0.5), num(1)], ctx());
    expect(out.map((s) => [s.labels[0]?.value, s.v])).toEqual([['0.0', 0], ['0.5', 1], ['1.0', 2]]);
  });

  it('fails when the quantile label collapses distinct histograms', () => {
    const input = [
      ...bucketSeries('x_bucket', { start: 'a' }, [['+Inf', 1]]),
      ...bucketSeries('x_bucket', { start: 'b' }, [['+Inf', 1]]),
    ];
    expect(() => HISTOGRAM_FUNCTIONS.histogram_quantiles.apply([vec(input), { type: 'string', v: 'start' }, num(0.5)], ctx())).toThrow(
      'vector cannot contain metrics with the same labelset',
    );
  });
});

describe('native-only histogram functions', () => {
  it('read count and sum of native histogram samples, dropping only the name', () => {
    const h = { schema: 0, count: 4, sum: 10, zeroThreshold: 0, zeroCount: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [], negativeBuckets: [], counterResetHint: 'unknown' as const };
    const input: Sample[] = [{ labels: labelsFromRecord({ __name__: 'h', __unit__: 'seconds', job: 'a' }), t: 0, v: NaN, h }];
    const out = HISTOGRAM_FUNCTIONS.histogram_avg.apply([vec(input)], ctx());
    expect(out).toEqual([{ labels: labelsFromRecord({ __unit__: 'seconds', job: 'a' }), t: 3_000_000, v: 2.5 }]);
    expect(HISTOGRAM_FUNCTIONS.histogram_count.apply([vec(input)], ctx())[0]?.v).toBe(4);
    expect(HISTOGRAM_FUNCTIONS.histogram_sum.apply([vec(input)], ctx(true))[0]).toMatchObject({ v: 10, dropName: true });
  });

  it('ignore float samples', () => {
    const floats: Sample[] = [{ labels: [], t: 0, v: 3 }];
    for (const name of ['histogram_count', 'histogram_sum', 'histogram_avg', 'histogram_stddev', 'histogram_stdvar'] as const) {
      expect(HISTOGRAM_FUNCTIONS[name].apply([vec(floats)], ctx())).toEqual([]);
    }
  });
});
