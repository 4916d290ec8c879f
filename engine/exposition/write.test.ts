import { describe, expect, it } from 'vitest';
import { labelsFromPairs } from '../model/labels';
import { parseOpenMetrics } from './om-parse';
import { writeOpenMetrics } from './om-write';
import { parseText } from './text-parse';
import { writeText } from './text-write';
import type { MetricFamily, ParsedSample } from './types';

const lines = (...ls: string[]): string => ls.join('\n') + '\n';

function sample(name: string, labels: Record<string, string>, value: number, timestampMs?: number): ParsedSample {
  const s = { labels: labelsFromPairs([['__name__', name], ...Object.entries(labels)]), value };
  return timestampMs === undefined ? s : { ...s, timestampMs };
}

/** Families as an exporter builds them: text-format names (counters keep _total). */
const exporterFamilies: MetricFamily[] = [
  {
    name: 'http_requests_total',
    type: 'counter',
    help: 'Requests.\nBy "code" \\ path.',
    unit: '',
    samples: [sample('http_requests_total', { code: '200', path: '/a"b\\c\nd' }, 1027, 1395066363000)],
  },
  {
    name: 'latency_seconds',
    type: 'histogram',
    help: '',
    unit: 'seconds',
    samples: [
      sample('latency_seconds_bucket', { le: '0.05', method: 'get' }, 24054),
      sample('latency_seconds_bucket', { le: '+Inf', method: 'get' }, 144320),
      sample('latency_seconds_sum', { method: 'get' }, 53423),
      sample('latency_seconds_count', { method: 'get' }, 144320),
    ],
  },
  { name: 'rpc', type: 'summary', help: '', unit: '', samples: [sample('rpc', { quantile: '0.5', a: 'x' }, 1.5e-7), sample('rpc_count', { a: 'x' }, 1e6)] },
  { name: 'my.dotted', type: 'gauge', help: 'UTF-8 name', unit: '', samples: [sample('my.dotted', { 'a.b': 'x' }, -Infinity)] },
  { name: 'temp', type: 'unknown', help: '', unit: '', samples: [sample('temp', {}, NaN)] },
];

describe('writeText', () => {
  it('prints the text format as client_golang does', () => {
    expect(writeText(exporterFamilies)).toBe(
      lines(
        '# HELP http_requests_total Requests.\\nBy "code" \\\\ path.',
        '# TYPE http_requests_total counter',
        'http_requests_total{code="200",path="/a\\"b\\\\c\\nd"} 1027 1395066363000',
        '# TYPE latency_seconds histogram',
        'latency_seconds_bucket{method="get",le="0.05"} 24054',
        'latency_seconds_bucket{method="get",le="+Inf"} 144320',
        'latency_seconds_sum{method="get"} 53423',
        'latency_seconds_count{method="get"} 144320',
        '# TYPE rpc summary',
        'rpc{a="x",quantile="0.5"} 1.5e-07',
        'rpc_count{a="x"} 1e+06',
        '# HELP "my.dotted" UTF-8 name',
        '# TYPE "my.dotted" gauge',
        '{"my.dotted","a.b"="x"} -Inf',
        '# TYPE temp untyped',
        'temp NaN',
      ),
    );
  });

  it('names an OpenMetrics counter and info family by their samples, and prints info and stateset as gauges', () => {
    const fams = parseOpenMetrics(
      lines('# TYPE c counter', 'c_total 1', 'c_created 2', '# TYPE b info', 'b_info{v="1"} 1', '# TYPE s stateset', 's{s="a"} 1', '# EOF'),
    );
    expect(writeText(fams)).toBe(
      lines('# TYPE c_total counter', 'c_total 1', 'c_created 2', '# TYPE b_info gauge', 'b_info{v="1"} 1', '# TYPE s gauge', 's{s="a"} 1'),
    );
  });
});

describe('writeOpenMetrics', () => {
  it('prints OpenMetrics as client_golang does, dropping _total from counter family names', () => {
    expect(writeOpenMetrics(exporterFamilies)).toBe(
      lines(
        '# HELP http_requests Requests.\\nBy \\"code\\" \\\\ path.',
        '# TYPE http_requests counter',
        'http_requests_total{code="200",path="/a\\"b\\\\c\\nd"} 1027.0 1.395066363e+09',
        '# TYPE latency_seconds histogram',
        '# UNIT latency_seconds seconds',
        'latency_seconds_bucket{method="get",le="0.05"} 24054.0',
        'latency_seconds_bucket{method="get",le="+Inf"} 144320.0',
        'latency_seconds_sum{method="get"} 53423.0',
        'latency_seconds_count{method="get"} 144320.0',
        '# TYPE rpc summary',
        'rpc{a="x",quantile="0.5"} 1.5e-07',
        'rpc_count{a="x"} 1e+06',
        '# HELP "my.dotted" UTF-8 name',
        '# TYPE "my.dotted" gauge',
        '{"my.dotted","a.b"="x"} -Inf',
        '# TYPE temp unknown',
        'temp NaN',
        '# EOF',
      ),
    );
  });

  it('adds _total to counter samples named like their family, and prints exemplars', () => {
    const fams: MetricFamily[] = [
      {
        name: 'jobs',
        type: 'counter',
        help: '',
        unit: '',
        samples: [{ ...sample('jobs', {}, 3), exemplar: { labels: labelsFromPairs([['trace_id', 'abc']]), value: 1, timestampMs: 1001 } }],
      },
    ];
    expect(writeOpenMetrics(fams)).toBe(lines('# TYPE jobs counter', 'jobs_total 3.0 # {trace_id="abc"} 1.0 1.001', '# EOF'));
  });

  it('prints only # EOF for no families', () => {
    expect(writeOpenMetrics([])).toBe('# EOF\n');
  });
});

describe('round trips', () => {
  it('text: parse → write → parse keeps every family, sample, label and timestamp', () => {
    const input = lines(
      '# HELP a Escapes: \\\\ and \\n and "quotes".',
      '# TYPE a gauge',
      'a{x="\\"\\\\\\n",y="ü"} 0.1 -5',
      'a{x="2"} 1e+300 9007199254740991',
      '# TYPE h histogram',
      'h_bucket{le="1"} 1',
      'h_bucket{le="+Inf"} 2',
      'h_sum NaN',
      'h_count 2',
      '{"odd name","la bel"="v"} -0',
      'untyped_one -Inf',
    );
    const once = parseText(input);
    const twice = parseText(writeText(once));
    expect(twice).toEqual(once);
    expect(writeText(twice)).toBe(writeText(once));
  });

  it('OpenMetrics: parse → write → parse keeps units, exemplars and millisecond timestamps', () => {
    const input = lines(
      '# HELP req_seconds Time "spent".',
      '# TYPE req_seconds histogram',
      '# UNIT req_seconds seconds',
      'req_seconds_bucket{le="0.1"} 1 1.001 # {trace_id="t1"} 0.05 1.003',
      'req_seconds_bucket{le="+Inf"} 2 1.001',
      'req_seconds_count 2 1.001',
      'req_seconds_sum 0.3 1.001',
      'req_seconds_created 1520430000.123 1.001',
      '# TYPE c counter',
      'c_total 7 # {} 1',
      '# TYPE i info',
      'i_info{v="x"} 1',
      '# TYPE s stateset',
      's{s="on"} 1',
      '# TYPE gh gaugehistogram',
      'gh_bucket{le="+Inf"} 1',
      'gh_gcount 1',
      'gh_gsum 1',
      '# HELP nothing Only metadata.',
      '# TYPE nothing gauge',
      '# EOF',
    );
    const once = parseOpenMetrics(input);
    const twice = parseOpenMetrics(writeOpenMetrics(once));
    expect(twice).toEqual(once);
    expect(once[0]!.samples[0]!.exemplar).toEqual({ labels: [{ name: 'trace_id', value: 't1' }], value: 0.05, timestampMs: 1003 });
  });

  it('exporter families survive both formats', () => {
    const viaText = parseText(writeText(exporterFamilies));
    expect(viaText.map((f) => `${f.name}:${f.type}:${f.samples.length}`)).toEqual(exporterFamilies.map((f) => `${f.name}:${f.type}:${f.samples.length}`));
    const viaOM = parseOpenMetrics(writeOpenMetrics(exporterFamilies));
    expect(viaOM.map((f) => `${f.name}:${f.type}:${f.unit}`)).toEqual([
      'http_requests:counter:',
      'latency_seconds:histogram:seconds',
      'rpc:summary:',
      'my.dotted:gauge:',
      'temp:unknown:',
    ]);
    expect(viaOM.map((f) => f.samples)).toEqual(exporterFamilies.map((f) => f.samples));
    expect(writeText(viaOM)).toBe(writeText(exporterFamilies));
  });
});
