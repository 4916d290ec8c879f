import { describe, expect, it } from 'vitest';
import { labelsFromPairs } from '../../model/labels';
import { groupSeries } from './grouping';
import { newCol } from './value';

const col = (pairs: Record<string, string>) => newCol(labelsFromPairs(Object.entries(pairs)), 1);

describe('groupSeries', () => {
  const series = [
    col({ __name__: 'x', code: '200', pod: 'a' }),
    col({ __name__: 'x', code: '500', pod: 'a' }),
    col({ __name__: 'x', code: '200', pod: 'b' }),
  ];
  const names = (labels: readonly (readonly { name: string; value: string }[])[]) => labels.map((l) => l.map((p) => `${p.name}=${p.value}`).join(','));

  it('groups the same label sets differently under each grouping, in order of first appearance', () => {
    // The same label-set objects each time: a grouping must never get another grouping's answer.
    const byCode = groupSeries(series, ['code'], false);
    expect(Array.from(byCode.ofSeries)).toEqual([0, 1, 0]);
    expect(names(byCode.labels)).toEqual(['code=200', 'code=500']);
    const byPod = groupSeries(series, ['pod'], false);
    expect(Array.from(byPod.ofSeries)).toEqual([0, 0, 1]);
    expect(names(byPod.labels)).toEqual(['pod=a', 'pod=b']);
    const withoutCode = groupSeries(series, ['code'], true);
    expect(Array.from(withoutCode.ofSeries)).toEqual([0, 0, 1]);
    expect(names(withoutCode.labels)).toEqual(['pod=a', 'pod=b']);
    const all = groupSeries(series, [], false);
    expect(Array.from(all.ofSeries)).toEqual([0, 0, 0]);
    expect(names(all.labels)).toEqual(['']);
    const byBoth = groupSeries(series, ['code', 'pod'], false);
    expect(Array.from(byBoth.ofSeries)).toEqual([0, 1, 2]);
  });

  it('tells `by (a, b)` from `by (a)` and `without`', () => {
    expect(Array.from(groupSeries(series, ['code'], false).ofSeries)).toEqual([0, 1, 0]);
    expect(Array.from(groupSeries(series, ['code', 'pod'], true).ofSeries)).toEqual([0, 0, 0]);
    expect(Array.from(groupSeries(series, ['code'], false).ofSeries)).toEqual([0, 1, 0]);
  });
});
