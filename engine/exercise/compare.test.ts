import { describe, expect, it } from 'vitest';
import { labelsFromRecord } from '../model/index';
import type { Value } from '../promql/index';
import { compareResults, valuesEqual } from './compare';

const T = Date.UTC(2026, 0, 5, 7, 0, 0);

function vector(...series: [Record<string, string>, number][]): Value {
  return { type: 'vector', samples: series.map(([l, v]) => ({ labels: labelsFromRecord(l), t: T, v })) };
}

function matrix(...series: [Record<string, string>, number[]][]): Value {
  return { type: 'matrix', series: series.map(([l, vs]) => ({ labels: labelsFromRecord(l), floats: vs.map((v, i) => ({ t: T + i * 15_000, v })) })) };
}

const scalar = (v: number): Value => ({ type: 'scalar', t: T, v });

describe('compareResults', () => {
  it('passes identical vectors', () => {
    const v = vector([{ code: '200' }, 1], [{ code: '500' }, 0.05]);
    expect(compareResults(v, v)).toMatchObject({ ok: true });
  });

  it('passes values within the relative tolerance and fails beyond it', () => {
    expect(compareResults(vector([{}, 100]), vector([{}, 100.05])).ok).toBe(true);
    expect(compareResults(vector([{}, 100]), vector([{}, 100.5])).ok).toBe(false);
    expect(compareResults(vector([{}, 100]), vector([{}, 100.5]), { tolerance: 0.01 }).ok).toBe(true);
  });

  it('matches series regardless of order unless ordered is set', () => {
    const a = vector([{ pod: 'a' }, 1], [{ pod: 'b' }, 2]);
    const b = vector([{ pod: 'b' }, 2], [{ pod: 'a' }, 1]);
    expect(compareResults(a, b).ok).toBe(true);
    const v = compareResults(a, b, { ordered: true });
    expect(v.ok).toBe(false);
    expect(v.message).toContain('different order');
    expect(v.message).toContain('sort_desc');
  });

  it('ignores the metric name when matching series', () => {
    expect(compareResults(vector([{ job: 'api' }, 3]), vector([{ __name__: 'up', job: 'api' }, 3])).ok).toBe(true);
  });

  it('keeps the metric name in the key when series differ only by name', () => {
    const expected = vector([{ __name__: 'a', job: 'x' }, 1], [{ __name__: 'b', job: 'x' }, 2]);
    const actual = vector([{ __name__: 'a', job: 'x' }, 2], [{ __name__: 'b', job: 'x' }, 1]);
    expect(compareResults(expected, actual).ok).toBe(false);
  });

  it('says to aggregate away a label the expected result does not have', () => {
    const v = compareResults(vector([{ job: 'node' }, 8]), vector([{ instance: 'node-1:9100', job: 'node' }, 1], [{ instance: 'node-2:9100', job: 'node' }, 1]));
    expect(v.ok).toBe(false);
    expect(v.message).toContain('still has the `instance` label');
    expect(v.message).toContain('sum without (instance) (...)');
  });

  it('suggests the aggregation that leaves the expected labels', () => {
    expect(compareResults(vector([{}, 8]), vector([{ instance: 'a', job: 'node' }, 1])).message).toContain('`sum(...)`');
    const many = compareResults(vector([{ job: 'api' }, 8]), vector([{ code: '200', handler: '/', job: 'api' }, 8]));
    expect(many.message).toContain('`sum by (job) (...)`');
  });

  it('says which labels are missing', () => {
    const v = compareResults(vector([{ code: '200' }, 1], [{ code: '500' }, 2]), vector([{}, 3]));
    expect(v.message).toContain('missing the `code` label');
    expect(v.message).toContain('sum by (code)');
  });

  it('counts series when the label names agree but the sets differ', () => {
    const v = compareResults(vector([{ code: '500' }, 1]), vector([{ code: '500' }, 1], [{ code: '200' }, 5], [{ code: '404' }, 2]));
    expect(v.message).toContain('you return 3 series, expected 1');
    expect(v.message).toContain('{code="200"}');
  });

  it('names series present only on one side', () => {
    const v = compareResults(vector([{ code: '500' }, 1]), vector([{ code: '503' }, 1]));
    expect(v.message).toContain('missing {code="500"}');
    expect(v.message).toContain('not expected: {code="503"}');
  });

  it('reports an empty result plainly', () => {
    const v = compareResults(vector([{ job: 'api' }, 1]), vector());
    expect(v.message).toContain('returns no series');
    expect(compareResults(vector(), vector([{ job: 'api' }, 1])).message).toContain('expected none');
    expect(compareResults(vector(), vector()).ok).toBe(true);
  });

  it('reports differing values with the series and a hint about ratios', () => {
    const v = compareResults(vector([{ code: '500' }, 0.052]), vector([{ code: '500' }, 0.52]));
    expect(v.message).toContain('values differ: got 0.52 for {code="500"}, expected 0.052');
    expect(v.message).toContain('did you divide by the right total?');
  });

  it('recognises percentages, per-minute rates and increase() vs rate()', () => {
    expect(compareResults(vector([{}, 0.05]), vector([{}, 5])).message).toContain('percentage');
    expect(compareResults(vector([{}, 2]), vector([{}, 120])).message).toContain('per second');
    expect(compareResults(vector([{}, 2]), vector([{}, 600])).message).toContain('increase()');
  });

  it('says how many series have wrong values', () => {
    const v = compareResults(vector([{ p: 'a' }, 1], [{ p: 'b' }, 2], [{ p: 'c' }, 3]), vector([{ p: 'a' }, 1], [{ p: 'b' }, 20], [{ p: 'c' }, 30]));
    expect(v.message).toContain('(2 of 3 series)');
  });

  it('explains type mismatches', () => {
    expect(compareResults(scalar(1), vector([{}, 1])).message).toContain('expected a scalar, got an instant vector');
    expect(compareResults(vector([{}, 1]), scalar(1)).message).toContain('expected an instant vector, got a scalar');
    expect(compareResults(vector([{}, 1]), matrix([{}, [1]])).message).toContain('rate(...)');
  });

  it('compares scalars by value', () => {
    expect(compareResults(scalar(0.5), scalar(0.5)).ok).toBe(true);
    expect(compareResults(scalar(0.5), scalar(0.25)).message).toContain('got 0.25 for the scalar, expected 0.5');
  });

  it('compares range results per step', () => {
    const expected = matrix([{ job: 'api' }, [1, 2, 3, 4]]);
    expect(compareResults(expected, matrix([{ job: 'api' }, [1, 2, 3, 4]])).ok).toBe(true);
    const v = compareResults(expected, matrix([{ job: 'api' }, [1, 2, 30, 4]]));
    expect(v.message).toContain('at 07:00:30 got 30 for {job="api"}, expected 3');
  });

  it('reports missing and extra steps in range results', () => {
    const expected = matrix([{ job: 'api' }, [1, 2, 3]]);
    expect(compareResults(expected, matrix([{ job: 'api' }, [1, 2]])).message).toContain('no value at 07:00:30');
    expect(compareResults(expected, matrix([{ job: 'api' }, [1, 2, 3, 4]])).message).toContain('has a value at 07:00:45 where none is expected');
  });

  it('treats NaN as equal to NaN and infinities by sign', () => {
    expect(valuesEqual(NaN, NaN)).toBe(true);
    expect(valuesEqual(Infinity, Infinity)).toBe(true);
    expect(valuesEqual(Infinity, -Infinity)).toBe(false);
    expect(valuesEqual(NaN, 0)).toBe(false);
    expect(compareResults(vector([{}, 0.1]), vector([{}, NaN])).message).toContain('NaN');
  });

  it('compares values near zero with an absolute slack', () => {
    expect(valuesEqual(0, 1e-12)).toBe(true);
    expect(valuesEqual(0, 1e-6)).toBe(false);
  });
});
