import { describe, expect, it } from 'vitest';
import { formatHistogram } from './histogram-notation';
import { classicToNhcb } from './nhcb';
import { readScript } from './reader';
import type { LoadCommand } from './script';

const loadOf = (body: string): LoadCommand => readScript(`load_with_nhcb 1m\n${body}`).commands[0] as LoadCommand;
const shown = (body: string): string[] =>
  classicToNhcb(loadOf(body).series).series.flatMap((s) => s.values.map((v) => (v.kind === 'histogram' ? formatHistogram(v.h) : '_')));

describe('classicToNhcb', () => {
  it('turns cumulative buckets into per-bucket counts, with count and sum', () => {
    expect(shown('  lat_bucket{le="0.5"} 1 _ 2\n  lat_bucket{le="1"} 3 _ 5\n  lat_bucket{le="+Inf"} 4 _ 6\n  lat_count 4 _ 6\n  lat_sum 2 _ 3')).toEqual([
      '{{schema:-53 count:4 sum:2 buckets:[1 2 1] custom_values:[0.5 1]}}',
      '_',
      '{{schema:-53 count:6 sum:3 buckets:[2 3 1] custom_values:[0.5 1]}}',
    ]);
  });
  it('adds the +Inf bucket from the count when it is missing, and takes the count from the largest bucket otherwise', () => {
    expect(shown('  a_bucket{le="1"} 2\n  a_count 5')).toEqual(['{{schema:-53 count:5 sum:0 buckets:[2 3] custom_values:[1]}}']);
    expect(shown('  b_bucket{le="1"} 2\n  b_bucket{le="2"} 3')).toEqual(['{{schema:-53 count:3 sum:0 buckets:[2 1 0] custom_values:[1 2]}}']);
  });
  it('reports conversions upstream rejects', () => {
    const r = classicToNhcb(loadOf('  c_bucket{le="1"} 5\n  c_bucket{le="2"} 3').series);
    expect(r.series).toEqual([]);
    expect(r.errors[0]!.message).toMatch(/not cumulative/);
    expect(classicToNhcb(loadOf('  d_sum 1').series).errors[0]!.message).toMatch(/count must be provided/);
  });
});
