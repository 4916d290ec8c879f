import { describe, expect, it } from 'vitest';
import { tooltipRows } from './tooltipRows';

const series = (key: string, values: number[]) => ({ key, labels: {}, color: `#${key}`, values: Float64Array.from(values) });

describe('tooltip rows', () => {
  it('lists the highest values first, at most `max`, and counts every series with a value', () => {
    const all = [series('a', [1, 5]), series('b', [2, NaN]), series('c', [3, 7]), series('d', [4, 1]), series('e', [0, 2])];
    const { rows, total } = tooltipRows(all, 0, 3, (v) => `${v} s`);
    expect(rows).toEqual([{ color: '#d', name: 'd', value: '4 s' }, { color: '#c', name: 'c', value: '3 s' }, { color: '#b', name: 'b', value: '2 s' }]);
    expect(total).toBe(5);
    const at1 = tooltipRows(all, 1, 10, String);
    expect(at1.rows.map((r) => r.name)).toEqual(['c', 'a', 'e', 'd']);
    expect(at1.total).toBe(4);
  });

  it('formats only the rows it shows', () => {
    let formatted = 0;
    const many = Array.from({ length: 50 }, (_, i) => series(String(i), [i]));
    const { rows } = tooltipRows(many, 0, 12, (v) => { formatted++; return String(v); });
    expect(rows.map((r) => r.value)).toEqual(Array.from({ length: 12 }, (_, i) => String(49 - i)));
    expect(formatted).toBe(12);
  });
});
