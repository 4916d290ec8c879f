import { describe, expect, it } from 'vitest';
import { formatLabels } from '../model/labels';
import { parseText } from './text-parse';
import type { MetricFamily } from './types';

/** show prints a family's samples as `series value [@ts]` lines. */
function show(f: MetricFamily | undefined): string[] {
  return (f?.samples ?? []).map((s) => `${formatLabels(s.labels)} ${s.value}${s.timestampMs === undefined ? '' : ` @${s.timestampMs}`}`);
}

describe('parseText', () => {
  it('returns no families for empty input and blank lines', () => {
    expect(parseText('')).toEqual([]);
    expect(parseText('\n\n  \n')).toEqual([]);
  });

  it('parses minimal samples as untyped families, with millisecond timestamps', () => {
    const fams = parseText('minimal_metric 1.234\nanother_metric -3e3 103948\n# Even that:\nno_labels{} 3\n# HELP line for non-existing metric will be ignored.\n');
    expect(fams.map((f) => [f.name, f.type, f.help])).toEqual([
      ['minimal_metric', 'unknown', ''],
      ['another_metric', 'unknown', ''],
      ['no_labels', 'unknown', ''],
    ]);
    expect(show(fams[1])).toEqual(['another_metric -3000 @103948']);
    expect(fams[0]!.samples[0]!.timestampMs).toBeUndefined();
  });

  it('reads HELP and TYPE, escapes, special values and loose whitespace', () => {
    const fams = parseText(
      [
        '# A normal comment.',
        '#',
        '# TYPE name counter',
        'name{labelname="val1",basename="basevalue"} NaN',
        'name {labelname="val2",basename="base\\"v\\\\al\\nue"} 0.23 1234567890',
        '# HELP name two-line\\n doc  str\\\\ing',
        '',
        ' # HELP  name2  \tdoc str\\"ing 2',
        '  #    TYPE    name2 gauge',
        'name2{labelname="val2"\t,basename   =   "basevalue2"\t\t} +Inf 54321',
        'name2{ labelname = "val1" , }-Inf',
        '',
      ].join('\n'),
    );
    expect(fams.map((f) => [f.name, f.type, f.help])).toEqual([
      ['name', 'counter', 'two-line\n doc  str\\ing'],
      ['name2', 'gauge', 'doc str"ing 2'],
    ]);
    expect(fams[0]!.samples[0]!.value).toBeNaN();
    expect(fams[0]!.samples[1]!.labels).toEqual([
      { name: '__name__', value: 'name' },
      { name: 'basename', value: 'base"v\\al\nue' },
      { name: 'labelname', value: 'val2' },
    ]);
    expect(show(fams[1])).toEqual([
      'name2{basename="basevalue2", labelname="val2"} Infinity @54321',
      'name2{labelname="val1"} -Infinity',
    ]);
  });

  it('attaches _sum/_count to summaries and _bucket/_sum/_count to histograms, even out of order', () => {
    const fams = parseText(
      [
        '# TYPE my_summary summary',
        'my_summary{n1="val1",quantile="0.5"} 110',
        'decoy -1 -2',
        'my_summary_count{n1="val1"} 42',
        'my_summary_sum{n1="val1"} 4711 2',
        'fake_sum{n1="val1"} 2001',
        '# TYPE h histogram',
        'h_bucket{le="+Inf"} 3',
        'h_sum 1.5',
        'h_count 3',
        'my_summary{n1="val3",quantile="0.2"} 4711',
        '',
      ].join('\n'),
    );
    expect(fams.map((f) => `${f.name}:${f.type}`)).toEqual(['my_summary:summary', 'decoy:unknown', 'fake_sum:unknown', 'h:histogram']);
    expect(show(fams[0])).toEqual([
      'my_summary{n1="val1", quantile="0.5"} 110',
      'my_summary_count{n1="val1"} 42',
      'my_summary_sum{n1="val1"} 4711 @2',
      'my_summary{n1="val3", quantile="0.2"} 4711',
    ]);
    expect(show(fams[1])).toEqual(['decoy -1 @-2']);
    expect(show(fams[3])).toEqual(['h_bucket{le="+Inf"} 3', 'h_sum 1.5', 'h_count 3']);
  });

  it('keeps _total samples in their own family: only histograms and summaries claim suffixes', () => {
    const fams = parseText('# TYPE backup_bytes counter\nbackup_bytes_total{target="s3"} 1.5e+09\n');
    expect(fams.map((f) => `${f.name}:${f.type}`)).toEqual(['backup_bytes_total:unknown']);
  });

  it('accepts gauge histograms, type names in any case and untyped as unknown', () => {
    const fams = parseText('# TYPE a gauge_histogram\na_bucket{le="1"} 1\n#TYPE B summArY\nB_count 1\n# TYPE c untyped\nc 1\n# TYPE d gaugehistogram\nd_gcount 2\n');
    expect(fams.map((f) => `${f.name}:${f.type}`)).toEqual(['a:gaugehistogram', 'B:summary', 'c:unknown', 'd:gaugehistogram']);
  });

  it('drops empty label values, as Prometheus treats them as absent', () => {
    const [f] = parseText('files_seen{instance="",job="files"} 3\n');
    expect(show(f)).toEqual(['files_seen{job="files"} 3']);
  });

  it('reads quoted UTF-8 metric and label names inside the braces, anywhere in the set', () => {
    const fams = parseText(
      [
        '# HELP "my.metric" help text',
        '# TYPE "my.metric" counter',
        '{"my.metric","label.name"="value"} 1',
        '{label="x", "my.metric"} 2',
        '{"my\\"odd\\nname\\\\"} 3',
        'plain{"a.b"="x"} 4',
        '',
      ].join('\n'),
    );
    expect(fams.map((f) => [f.name, f.type, f.help])).toEqual([
      ['my.metric', 'counter', 'help text'],
      ['my"odd\nname\\', 'unknown', ''],
      ['plain', 'unknown', ''],
    ]);
    expect(show(fams[0])).toEqual(['{__name__="my.metric", "label.name"="value"} 1', '{__name__="my.metric", label="x"} 2']);
    expect(show(fams[2])).toEqual(['plain{"a.b"="x"} 4']);
  });

  it('treats # HELP and # TYPE lines without a text as comments', () => {
    expect(parseText('# HELP\n# TYPE\n# HELP m\n# TYPE m\nm 1\n')[0]).toMatchObject({ name: 'm', type: 'unknown', help: '' });
  });

  it('drops families that have metadata but no samples', () => {
    expect(parseText('# HELP lonely Nobody here.\n# TYPE lonely gauge\n')).toEqual([]);
  });

  it('allows HELP after the samples', () => {
    expect(parseText('m 1\n# HELP m late help\n')[0]!.help).toBe('late help');
  });

  it('accepts a last line that is only blanks without a new-line', () => {
    expect(show(parseText('m 1\n   ')[0])).toEqual(['m 1']);
  });
});
