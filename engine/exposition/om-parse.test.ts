import { describe, expect, it } from 'vitest';
import { formatLabels } from '../model/labels';
import { parseOpenMetrics } from './om-parse';
import type { MetricFamily } from './types';

function show(f: MetricFamily | undefined): string[] {
  return (f?.samples ?? []).map((s) => {
    let line = `${formatLabels(s.labels)} ${s.value}`;
    if (s.timestampMs !== undefined) line += ` @${s.timestampMs}`;
    const e = s.exemplar;
    if (e !== undefined) line += ` # ${formatLabels(e.labels)} ${e.value}${e.timestampMs === undefined ? '' : ` @${e.timestampMs}`}`;
    return line;
  });
}

const lines = (...ls: string[]): string => ls.join('\n') + '\n';

describe('parseOpenMetrics', () => {
  it('accepts an input that is just # EOF, with or without the final new-line', () => {
    expect(parseOpenMetrics('# EOF\n')).toEqual([]);
    expect(parseOpenMetrics('# EOF')).toEqual([]);
  });

  it('names a counter family without _total and converts float-second timestamps to milliseconds', () => {
    const fams = parseOpenMetrics(
      lines(
        '# HELP name two-line\\n doc  str\\\\ing \\"quoted\\"',
        '# TYPE name counter',
        'name_total{labelname="val1",basename="basevalue"} 42.0',
        'name_total{labelname="val2",basename="basevalue"} 0.23 1.23456789e+06',
        'name_created{labelname="val2",basename="basevalue"} 1.5e9',
        '# EOF',
      ),
    );
    expect(fams).toHaveLength(1);
    expect(fams[0]).toMatchObject({ name: 'name', type: 'counter', help: 'two-line\n doc  str\\ing "quoted"', unit: '' });
    expect(show(fams[0])).toEqual([
      'name_total{basename="basevalue", labelname="val1"} 42',
      'name_total{basename="basevalue", labelname="val2"} 0.23 @1234567890',
      'name_created{basename="basevalue", labelname="val2"} 1500000000',
    ]);
  });

  it('parses exemplars on counters and histogram buckets', () => {
    const fams = parseOpenMetrics(
      lines(
        '# TYPE foo counter',
        'foo_total 17.0 1520879607.789 # {trace_id="abc"} 1.0 1234.5',
        '# TYPE h histogram',
        'h_bucket{le="0.5"} 3 # {trace_id="def",span="x"} 0.4',
        'h_bucket{le="+Inf"} 4 # {} 7',
        'h_count 4',
        'h_sum 2.5',
        '# EOF',
      ),
    );
    expect(show(fams[0])).toEqual(['foo_total 17 @1520879607789 # {trace_id="abc"} 1 @1234500']);
    expect(show(fams[1])).toEqual([
      'h_bucket{le="0.5"} 3 # {span="x", trace_id="def"} 0.4',
      'h_bucket{le="+Inf"} 4 # {} 7',
      'h_count 4',
      'h_sum 2.5',
    ]);
  });

  it('accepts exemplar label sets of up to 128 characters, counted in code points', () => {
    const value = 'é'.repeat(119) + '😀'; // 120 code points, 121 UTF-16 units
    const [f] = parseOpenMetrics(lines('# TYPE c counter', `c_total 1 # {trace_id="${value}"} 1`, '# EOF'));
    expect(f!.samples[0]!.exemplar!.labels).toEqual([{ name: 'trace_id', value }]);
  });

  it('reads every type with its sample names, UNIT lines and families without samples', () => {
    const fams = parseOpenMetrics(
      lines(
        '# TYPE g_seconds gauge',
        '# UNIT g_seconds seconds',
        'g_seconds -1.23e-45',
        '# TYPE gh gaugehistogram',
        'gh_bucket{le="+Inf"} 3',
        'gh_gcount 3',
        'gh_gsum 1',
        '# TYPE s summary',
        's{quantile="0.5"} 1',
        's_sum 2',
        's_count 3',
        's_created 1',
        '# TYPE build info',
        'build_info{version="1.2"} 1',
        '# TYPE state stateset',
        'state{state="a"} 1',
        'state{state="b"} 0',
        '# TYPE u unknown',
        'u NaN',
        '# HELP empty A family with no samples.',
        '# TYPE empty gauge',
        'implicit 5',
        '# EOF',
      ),
    );
    expect(fams.map((f) => `${f.name}:${f.type}:${f.unit}:${f.samples.length}`)).toEqual([
      'g_seconds:gauge:seconds:1',
      'gh:gaugehistogram::3',
      's:summary::4',
      'build:info::1',
      'state:stateset::2',
      'u:unknown::1',
      'empty:gauge::0',
      'implicit:unknown::1',
    ]);
    expect(fams[6]!.help).toBe('A family with no samples.');
  });

  it('starts an unknown family for a sample its current family does not own', () => {
    const fams = parseOpenMetrics(lines('# TYPE foo counter', 'foo_total 1', 'foo_count 2', '# EOF'));
    expect(fams.map((f) => `${f.name}:${f.type}`)).toEqual(['foo:counter', 'foo_count:unknown']);
  });

  it("accepts client_golang's counter that shares its OpenMetrics name with the gauge before it", () => {
    const fams = parseOpenMetrics(
      lines(
        '# HELP go_memstats_alloc_bytes Number of bytes allocated and still in use.',
        '# TYPE go_memstats_alloc_bytes gauge',
        'go_memstats_alloc_bytes 1.756776e+06',
        '# HELP go_memstats_alloc_bytes Total number of bytes allocated, even if freed.',
        '# TYPE go_memstats_alloc_bytes counter',
        'go_memstats_alloc_bytes_total 1.756776e+06',
        '# EOF',
      ),
    );
    expect(fams.map((f) => `${f.name}:${f.type}:${f.help}`)).toEqual([
      'go_memstats_alloc_bytes:gauge:Number of bytes allocated and still in use.',
      'go_memstats_alloc_bytes:counter:Total number of bytes allocated, even if freed.',
    ]);
  });

  it('reads quoted UTF-8 names', () => {
    const fams = parseOpenMetrics(lines('# TYPE "my.gauge" gauge', '{"my.gauge","a.b"="x"} 1', '# EOF'));
    expect(fams[0]!.name).toBe('my.gauge');
    expect(show(fams[0])).toEqual(['{__name__="my.gauge", "a.b"="x"} 1']);
  });
});
