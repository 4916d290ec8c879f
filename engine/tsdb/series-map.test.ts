import { describe, expect, it } from 'vitest';
import { labelsFromRecord } from '../model/labels';
import { hashLabels, SeriesMap } from './series-map';

describe('SeriesMap', () => {
  it('tells apart label sets whose hashes collide', () => {
    const map = new SeriesMap<{ labels: ReturnType<typeof labelsFromRecord>; hash: number }>();
    const a = { labels: labelsFromRecord({ x: '1' }), hash: 7 };
    const b = { labels: labelsFromRecord({ x: '2' }), hash: 7 };
    map.add(a);
    map.add(b);
    expect(map.get(a.labels, 7)).toBe(a);
    expect(map.get(b.labels, 7)).toBe(b);
    expect(map.get(labelsFromRecord({ x: '3' }), 7)).toBeUndefined();
    map.delete(a);
    expect(map.get(a.labels, 7)).toBeUndefined();
    expect(map.get(b.labels, 7)).toBe(b);
    expect(map.size).toBe(1);
  });

  it('hashes name/value boundaries apart', () => {
    expect(hashLabels([{ name: 'a', value: 'bc' }])).not.toBe(hashLabels([{ name: 'ab', value: 'c' }]));
    expect(hashLabels(labelsFromRecord({ a: '1', b: '2' }))).toBe(hashLabels(labelsFromRecord({ b: '2', a: '1' })));
  });
});
