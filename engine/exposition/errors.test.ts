import { describe, expect, it } from 'vitest';
import { ExpositionError } from './error';
import { parseOpenMetrics } from './om-parse';
import { parseText } from './text-parse';
import type { ExpositionFormat } from './types';

const lines = (...ls: string[]): string => ls.join('\n') + '\n';

/** expectError checks that parsing fails with exactly this line and message. */
function expectError(parse: (input: string) => unknown, input: string, format: ExpositionFormat, line: number, detail: string): void {
  let err: unknown;
  try {
    parse(input);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ExpositionError);
  const e = err as ExpositionError;
  expect({ line: e.line, detail: e.detail, format: e.format }).toEqual({ line, detail, format });
  const prefix = format === 'text' ? 'text format parsing error' : 'openmetrics format parsing error';
  expect(e.message).toBe(`${prefix} in line ${line}: ${detail}`);
}

const textCases: readonly [string, number, string][] = [
  ['\nbla 3.14\nblubber 42', 3, 'unexpected end of input stream'],
  ['m{a="b"}', 1, 'unexpected end of input stream'],
  ['# a comment', 1, 'unexpected end of input stream'],
  ['metric{label="\\t"} 3.14\n', 1, 'invalid escape sequence'],
  ['\nmetric{label="new\nline"} 3.14\n', 2, 'label value "new" contains unescaped new-line'],
  ['metric{@="bla"} 3.14\n', 1, 'invalid label name for metric "metric"'],
  ['metric{__name__="bla"} 3.14\n', 1, 'label name "__name__" is reserved'],
  ['metric{label+="bla"} 3.14\n', 1, `expected '=' after label name, found "+"`],
  ['metric{label=bla} 3.14\n', 1, `expected '"' at start of label value, found "b"`],
  ['\n# TYPE metric summary\nmetric{quantile="bla"} 3.14\n', 3, `expected float as value for 'quantile' label, got "bla"`],
  ['metric{label="bla"+} 3.14\n', 1, 'unexpected end of label value "bla"'],
  ['metric{label="bla"} 3.14 2.72\n', 1, 'expected integer as timestamp, got "2.72"'],
  ['metric{label="bla"} 3.14 2 3\n', 1, 'spurious string after timestamp: "3"'],
  ['metric{label="bla"} blubb\n', 1, 'expected float as value, got "blubb"'],
  ['this is not { valid\n', 1, 'expected float as value, got "is"'],
  ['metric\n', 1, 'expected float as value, got ""'],
  ['foo 1_2\n', 1, 'expected float as value, got "1_2"'],
  ['foo 0x1p-3\n', 1, 'expected float as value, got "0x1p-3"'],
  ['foo 1e400\n', 1, 'expected float as value, got "1e400"'],
  ['\n# HELP metric one\n# HELP metric two\n', 3, 'second HELP line for metric name "metric"'],
  ['\n# TYPE metric counter\n# TYPE metric untyped\n', 3, 'second TYPE line for metric name "metric", or TYPE reported after samples'],
  ['\nmetric 4.12\n# TYPE metric counter\n', 3, 'second TYPE line for metric name "metric", or TYPE reported after samples'],
  ['\n# TYPE metric bla\n', 2, 'unknown metric type "bla"'],
  ['\n# TYPE met-ric\n', 2, 'invalid metric name in comment'],
  ['@invalidmetric{label="bla"} 3.14 2\n', 1, 'invalid metric name'],
  ['{label="bla"} 3.14 2\n', 1, 'invalid metric name'],
  ['{} 3.14\n', 1, 'invalid metric name'],
  ['\n# TYPE metric histogram\nmetric_bucket{le="bla"} 3.14\n', 3, `expected float as value for 'le' label, got "bla"`],
  ['metric{label="bla",label="bla"} 3.14\n', 1, 'duplicate label names for metric "metric"'],
  ['{"one.name","another.name"} 3.14\n', 1, 'multiple metric names'],
  ['{"metric.name".label="bla"} 3.14\n', 1, 'unexpected end of metric name'],
  ['\n# TYPE "metric\nname" counter\n', 2, 'metric name "metric" contains unescaped new-line'],
  ['\n{"metric.name","new\nline"="bla"} 3.14\n', 2, 'label name "new" contains unescaped new-line'],
  ['# TYPE h histogram\nh_count -2693\n', 2, 'negative count for histogram "h"'],
  ['# TYPE h histogram\nh_bucket{le="1"} -1\n', 2, 'negative bucket population for histogram "h"'],
];

const omCases: readonly [string, number, string][] = [
  ['', 1, 'unexpected end of input, expected "# EOF"'],
  [lines('a 1'), 2, 'unexpected end of input, expected "# EOF"'],
  ['a 1', 1, 'unexpected end of input, expected "# EOF"'],
  [lines('# EOF', 'a 1'), 2, 'unexpected content after "# EOF"'],
  ['# EOF\n\n', 2, 'unexpected content after "# EOF"'],
  [lines('a 1', '', '# EOF'), 2, 'unexpected empty line'],
  [lines('# a comment', '# EOF'), 1, 'expected "# HELP", "# TYPE", "# UNIT" or "# EOF", got "# a comment"'],
  [lines('# TYPE a histogramm', '# EOF'), 1, 'invalid metric type "histogramm"'],
  [lines('# TYPE a untyped', '# EOF'), 1, 'invalid metric type "untyped"'],
  [lines('# TYPE a-b gauge', '# EOF'), 1, 'invalid metric name in TYPE line'],
  [lines('# HELP a bad \\t escape', '# EOF'), 1, 'invalid escape sequence in HELP text'],
  [lines('# TYPE a gauge', '# TYPE a gauge', '# EOF'), 2, 'second TYPE line for metric family "a"'],
  [lines('# HELP a x', '# HELP a y', '# EOF'), 2, 'second HELP line for metric family "a"'],
  [lines('# TYPE a_seconds gauge', '# UNIT a_seconds seconds', '# UNIT a_seconds seconds', '# EOF'), 3, 'second UNIT line for metric family "a_seconds"'],
  [lines('# TYPE a gauge', '# UNIT a seconds', '# EOF'), 2, 'unit "seconds" is not a suffix of metric family name "a"'],
  [lines('# UNIT a_bytes bytes', '# TYPE a_bytes info', '# EOF'), 2, 'info metric family "a_bytes" must not have a unit'],
  [lines('# TYPE a counter', 'a 1', '# EOF'), 2, 'sample name "a" is not valid for counter metric family "a", expected one of "a_total", "a_created"'],
  [lines('# TYPE a info', 'a 1', '# EOF'), 2, 'sample name "a" is not valid for info metric family "a", expected one of "a_info"'],
  [lines('a 1', 'b 1', 'a 2', '# EOF'), 3, 'metric family "a" appears again after other families (a family\'s lines must be contiguous)'],
  [lines('# TYPE a gauge', 'a 1', '# TYPE b gauge', 'b 1', '# TYPE a gauge', '# EOF'), 5, 'metric family "a" appears again after other families (a family\'s lines must be contiguous)'],
  [lines('# TYPE h histogram', 'h_count 1', 'x 1', 'h_sum 2', '# EOF'), 4, 'metric family "h" appears again after other families (a family\'s lines must be contiguous)'],
  [lines('# TYPE a gauge', 'a 1', '# TYPE a gauge', 'a 2', '# EOF'), 3, 'metric family "a" appears again after other families (a family\'s lines must be contiguous)'],
  [lines('# TYPE a gauge', 'a 1', '# HELP a late', 'a 2', '# EOF'), 4, 'metric family "a" appears again after other families (a family\'s lines must be contiguous)'],
  [lines('# TYPE a counter', 'a_total 1', '# TYPE a_total gauge', '# EOF'), 3, 'metric family name "a_total" clashes with the samples of metric family "a"'],
  [lines('# TYPE h histogram', 'h_bucket 1', '# EOF'), 2, 'histogram bucket without "le" label'],
  [lines('# TYPE h histogram', 'h_bucket{le="x"} 1', '# EOF'), 2, `expected float as value for 'le' label, got "x"`],
  [lines('# TYPE h histogram', 'h_bucket{le="1"} -1', '# EOF'), 2, 'negative bucket population for histogram "h"'],
  [lines('# TYPE h gaugehistogram', 'h_gcount -1', '# EOF'), 2, 'negative count for histogram "h"'],
  [lines('# TYPE s summary', 's 1', '# EOF'), 2, 'summary quantile without "quantile" label'],
  [lines('# TYPE c counter', 'c_total -1', '# EOF'), 2, 'negative value for counter "c"'],
  [lines('# TYPE i info', 'i_info 2', '# EOF'), 2, 'info metric value must be 1, got 2'],
  [lines('# TYPE s stateset', 's{other="a"} 1', '# EOF'), 2, 'stateset sample without a "s" label'],
  [lines('# TYPE s stateset', 's{s="a"} 0.5', '# EOF'), 2, 'stateset value must be 0 or 1, got 0.5'],
  [lines('# TYPE g gauge', 'g 1 # {a="b"} 1', '# EOF'), 2, 'exemplars are only allowed on counter _total and histogram _bucket samples'],
  [lines('# TYPE c counter', `c_total 1 # {trace_id="${'x'.repeat(121)}"} 1`, '# EOF'), 2, 'exemplar labels have 129 UTF-8 characters, more than the limit of 128'],
  [lines('c_total 1 # x', '# EOF'), 1, 'expected exemplar label set after "#", got "# x"'],
  [lines('a{b="c"}1', '# EOF'), 1, 'expected value after metric, found "1"'],
  [lines('a', '# EOF'), 1, 'expected value after metric, found "\\n"'],
  [lines('a abc', '# EOF'), 1, 'expected float as value, got "abc"'],
  [lines('a 1 abc', '# EOF'), 1, 'expected float as timestamp, got "abc"'],
  [lines('a 1 +Inf', '# EOF'), 1, 'invalid timestamp "+Inf"'],
  [lines('a 1 2 3', '# EOF'), 1, 'expected exemplar or end of line after timestamp, found "3"'],
  [lines('a{b = "c"} 1', '# EOF'), 1, `expected '=' after label name, found " "`],
  [lines('a{b="c",b="d"} 1', '# EOF'), 1, 'duplicate label names for metric "a"'],
  [lines('1a 1', '# EOF'), 1, 'invalid metric name'],
];

describe('parseText errors', () => {
  it.each(textCases)('%j fails in line %i: %s', (input, line, detail) => {
    expectError(parseText, input, 'text', line, detail);
  });
});

describe('parseOpenMetrics errors', () => {
  it.each(omCases)('%j fails in line %i: %s', (input, line, detail) => {
    expectError(parseOpenMetrics, input, 'openmetrics', line, detail);
  });
});
