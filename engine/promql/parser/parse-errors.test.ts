import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors';
import { parseExpr } from './index';

/** errorOf parses and returns the error message ("line:col: parse error: ..."). */
function errorOf(input: string, experimental: boolean): string {
  try {
    parseExpr(input, { experimental });
  } catch (e) {
    if (e instanceof ParseError) return e.message;
    throw e;
  }
  return 'no error';
}

/** Errors with experimental features on (as Prometheus's own parser tests run). */
const EXPERIMENTAL_ON: readonly [string, string][] = [
  // Empty input and stray tokens.
  ['', '1:1: parse error: no expression found in input'],
  ['# just a comment\n\n', '1:1: parse error: no expression found in input'],
  ['1+', '1:3: parse error: unexpected end of input'],
  ['1 /', '1:4: parse error: unexpected end of input'],
  ['*1', '1:1: parse error: unexpected <op:*>'],
  ['@@', '1:1: parse error: unexpected <op:@>'],
  ['-=', '1:2: parse error: unexpected "="'],
  ['++-++-+-+-<', '1:11: parse error: unexpected <op:<>'],
  ['e-+=/(0)', '1:4: parse error: unexpected "="'],
  ['foo bar', '1:5: parse error: unexpected identifier "bar"'],
  ['1 2', '1:3: parse error: unexpected number "2"'],
  ['foo "a long string literal"', '1:5: parse error: unexpected string "\\"a long st"...'],
  ['foo 1234567890.5', '1:5: parse error: unexpected number "1234567890"...'],
  ['foo a:b', '1:5: parse error: unexpected metric identifier "a:b"'],
  ['foo sum', '1:5: parse error: unexpected <aggr:sum>'],
  ['foo step', '1:5: parse error: unexpected "step"'],
  ['foo\n  + \n  bar baz', '3:7: parse error: unexpected identifier "baz"'],
  // Lexer errors.
  ['.', "1:1: parse error: unexpected character: '.'"],
  ['2.5.', '1:1: parse error: bad number or duration syntax: "2.5."'],
  ['100..4', '1:1: parse error: bad number or duration syntax: "100.."'],
  ['0deadbeef', '1:1: parse error: bad number or duration syntax: "0de"'],
  ['(1))', "1:5: parse error: unexpected right parenthesis ')'"],
  ['((1)', '1:5: parse error: unclosed left parenthesis'],
  ['(', '1:2: parse error: unclosed left parenthesis'],
  ['sum(rate(', '1:10: parse error: unclosed left parenthesis'],
  ['1 !~ 1', "1:3: parse error: unexpected character after '!': '~'"],
  ['1 =~ 1', "1:3: parse error: unexpected character after '=': '~'"],
  ['{', '1:2: parse error: unexpected end of input inside braces'],
  ['}', "1:1: parse error: unexpected character: '}'"],
  ['some}', "1:5: parse error: unexpected character: '}'"],
  ['foo{a*"b"}', "1:6: parse error: unexpected character inside braces: '*'"],
  ['foo{1}', "1:5: parse error: unexpected character inside braces: '1'"],
  ['"\\', '1:1: parse error: escape sequence not terminated'],
  ['"\\c"', "1:1: parse error: unknown escape sequence U+0063 'c'"],
  ['"\\x."', "1:1: parse error: illegal character U+002E '.' in escape sequence"],
  ['"abc\ndef"', '1:1: parse error: unterminated quoted string'],
  ['`\\``', '1:4: parse error: unterminated raw string'],
  ['9'.repeat(310), `1:1: parse error: error parsing number: strconv.ParseFloat: parsing "${'9'.repeat(310)}": value out of range`],
  // Binary operators.
  ['1 and 1', '1:1: parse error: set operator "and" not allowed in binary scalar expression'],
  ['foo or 1', '1:1: parse error: set operator "or" not allowed in binary scalar expression'],
  ['1 == 1', '1:3: parse error: comparisons between scalars must use BOOL modifier'],
  ['foo + bool bar', '1:5: parse error: bool modifier can only be used on comparison operators'],
  ['foo and bool 10', '1:5: parse error: bool modifier can only be used on comparison operators'],
  ['1 or on(bar) foo', '1:1: parse error: vector matching only allowed between instant vectors'],
  ['foo == on(bar) 10', '1:1: parse error: vector matching only allowed between instant vectors'],
  ['foo + group_left(baz) bar', '1:7: parse error: unexpected <group_left>'],
  ['a - on(b) ignoring(c) d', '1:11: parse error: unexpected <ignoring>'],
  ['foo and on(bar) group_left(baz) bar', '1:1: parse error: no grouping allowed for "and" operation'],
  ['foo unless on(bar) group_right(baz) bar', '1:1: parse error: no grouping allowed for "unless" operation'],
  ['x{a="1"} + on(instance) group_left(job,instance) y', '1:10: parse error: label "instance" must not occur in ON and GROUP clause at once'],
  ['foo and fill(0) bar', '1:1: parse error: filling in missing series not allowed for set operators'],
  ['1 + fill(0) foo', '1:1: parse error: filling in missing series only allowed between instant vectors'],
  ['"a" + 1', '1:1: parse error: binary expression must contain only scalar and instant vector types'],
  ['foo + bar[5m]', '1:7: parse error: binary expression must contain only scalar and instant vector types'],
  ['-"string"', '1:1: parse error: unary expression only allowed on expressions of type scalar or instant vector, got "string"'],
  ['-test[5m]', '1:1: parse error: unary expression only allowed on expressions of type scalar or instant vector, got "range vector"'],
  // Selectors.
  ['{}', '1:1: parse error: vector selector must contain at least one non-empty matcher'],
  ['{x=""}', '1:1: parse error: vector selector must contain at least one non-empty matcher'],
  ['{x=~".*"}', '1:1: parse error: vector selector must contain at least one non-empty matcher'],
  ['{x!="a"}', '1:1: parse error: vector selector must contain at least one non-empty matcher'],
  ['foo{__name__="bar"}', '1:1: parse error: metric name must not be set twice: "foo" or "bar"'],
  ['some_metric{a=b}', '1:15: parse error: unexpected identifier "b" in label matching, expected string'],
  ['foo{gibberish}', '1:14: parse error: unexpected "}" in label matching, expected label matching operator'],
  ['foo{__name__= =}', '1:15: parse error: unexpected "=" in label matching, expected string'],
  ['foo{,}', '1:5: parse error: unexpected "," in label matching, expected identifier or "}"'],
  ['foo{__name__="bar" lol}', '1:20: parse error: unexpected identifier "lol" in label matching, expected "," or "}"'],
  ['foo{"a"=}', '1:9: parse error: unexpected "}" in label matching, expected string'],
  ['foo{a=~"("}', '1:5: parse error: error parsing regexp: missing closing ): `(`'],
  ['foo{a=~"a**"}', '1:5: parse error: error parsing regexp: invalid nested repetition operator: `**`'],
  ['foo{a=~"*"}', '1:5: parse error: error parsing regexp: missing argument to repetition operator: `*`'],
  ['foo{a=~"[a"}', '1:5: parse error: error parsing regexp: missing closing ]: `[a`'],
  ['foo{a=~"(?=x)"}', '1:5: parse error: error parsing regexp: invalid or unsupported Perl syntax: `(?=`'],
  // Ranges, subqueries, offset and @.
  ['foo[5mm]', '1:5: parse error: bad number or duration syntax: "5mm"'],
  ['foo[5m1]', '1:5: parse error: bad number or duration syntax: "5m1"'],
  ['foo[5y1hs]', '1:5: parse error: unknown unit "hs" in duration "5y1hs"'],
  ['foo[5m1h]', '1:5: parse error: not a valid duration string: "5m1h"'],
  ['foo[0m]', '1:5: parse error: duration must be greater than 0'],
  ['foo[-1]', '1:5: parse error: duration must be greater than 0'],
  ['foo["5m"]', "1:5: parse error: unexpected character in duration expression: '\"'"],
  ['foo[]', '1:5: parse error: unexpected "]" in subquery or range selector, expected number, duration, step(), or range()'],
  ['foo[step]', '1:9: parse error: unexpected "]" in subquery or range selector, expected number, duration, step(), or range()'],
  ['foo[5m 5m]', '1:8: parse error: unexpected duration "5m" in subquery or range, expected ":" or "]"'],
  ['foo[5m:1m 5]', '1:11: parse error: unexpected number "5" in subquery selector, expected "]"'],
  ['foo{bar="baz"}[', '1:16: parse error: unexpected end of input in duration expression'],
  ['foo[5s x 5s]', "1:8: parse error: unexpected character: 'x', expected ':'"],
  ['(foo + bar)[5m]', '1:12: parse error: ranges only allowed for vector selectors'],
  ['rate(food[1m])[1h] offset 1h', '1:15: parse error: ranges only allowed for vector selectors'],
  ['some_metric OFFSET 1m[5m]', '1:22: parse error: no offset modifiers allowed before range'],
  ['some_metric @ 1234 [5m]', '1:20: parse error: no @ modifiers allowed before range'],
  ['test[5d] OFFSET 10s [10m:5s]', '1:1: parse error: subquery is only allowed on instant vector, got matrix instead'],
  ['1 offset 1d', '1:1: parse error: offset modifier must be preceded by an instant vector selector or range vector selector or a subquery'],
  ['foo offset 1s offset 2s', '1:1: parse error: offset may not be set multiple times'],
  ['some_metric[5m] OFFSET', '1:23: parse error: unexpected end of input in offset, expected number, duration, step(), or range()'],
  ['some_metric[5m] OFFSET 1mm', '1:24: parse error: bad number or duration syntax: "1mm"'],
  ['some_metric[5m] @', '1:18: parse error: unexpected end of input in @, expected timestamp'],
  ['rate(some_metric[5m]) @ 1234', '1:1: parse error: @ modifier must be preceded by an instant vector selector or range vector selector or a subquery'],
  ['foo @ +Inf', '1:1: parse error: timestamp out of bounds for @ modifier: +Inf'],
  ['foo @ NaN', '1:1: parse error: timestamp out of bounds for @ modifier: NaN'],
  ['foo @ 1 @ start()', '1:1: parse error: @ <timestamp> may not be set multiple times'],
  ['foo @ start', '1:12: parse error: unexpected end of input in @, expected timestamp'],
  ['foo @ end(1)', '1:11: parse error: unexpected number "1" in @, expected timestamp'],
  ['foo offset step', '1:16: parse error: unexpected end of input in offset, expected number, duration, step(), or range()'],
  ['foo[step()/0d]', '1:11: parse error: division by zero'],
  ['foo[5s%0d]', '1:7: parse error: modulo by zero'],
  ['foo offset 9.5e10', '1:12: parse error: duration out of range'],
  ['1[5m] smoothed', '1:2: parse error: ranges only allowed for vector selectors'],
  ['foo[5m:1m] anchored', '1:1: parse error: anchored modifier is not supported for subqueries'],
  ['foo anchored smoothed', '1:1: parse error: anchored and smoothed modifiers cannot be used together'],
  // Aggregations.
  ['sum by ("foo)(some_metric{})', '1:9: parse error: unterminated quoted string'],
  ['sum without(==)(some_metric)', '1:13: parse error: unexpected <op:==> in grouping opts, expected label'],
  ['sum without(foo,,)(some_metric)', '1:17: parse error: unexpected "," in grouping opts, expected label'],
  ['sum by (a b) (x)', '1:11: parse error: unexpected identifier "b" in grouping opts, expected "," or ")"'],
  ['sum (some_metric) by test', '1:22: parse error: unexpected identifier "test" in grouping opts, expected "("'],
  ['sum by ("") (x)', '1:9: parse error: invalid label name for grouping: ""'],
  ['sum some_metric by (test)', '1:5: parse error: unexpected identifier "some_metric"'],
  ['MIN (some_metric) keep_common', '1:19: parse error: unexpected identifier "keep_common"'],
  ['sum (some_metric) without (test) by (test)', '1:34: parse error: unexpected <by>'],
  ['sum () by (test)', '1:1: parse error: no arguments for aggregate expression provided'],
  ['sum(foo bar)', '1:9: parse error: unexpected identifier "bar" in aggregation'],
  ['sum by (x) foo', '1:12: parse error: unexpected identifier "foo" in aggregation'],
  ['topk(some_metric)', '1:1: parse error: wrong number of arguments for aggregate expression provided, expected 2, got 1'],
  ['topk(some_metric,)', '1:17: parse error: trailing commas not allowed in function call args'],
  ['topk(some_metric, other_metric)', '1:6: parse error: expected type scalar in aggregation parameter, got instant vector'],
  ['count_values(5, other_metric)', '1:14: parse error: expected type string in aggregation parameter, got scalar'],
  ['sum(foo[5m])', '1:5: parse error: expected type instant vector in aggregation expression, got range vector'],
  // Function calls.
  ['floor()', '1:1: parse error: expected 1 argument(s) in call to "floor", got 0'],
  ['floor(some_metric, other_metric)', '1:1: parse error: expected 1 argument(s) in call to "floor", got 2'],
  ['floor(1)', '1:7: parse error: expected type instant vector in call to function "floor", got scalar'],
  ['hour(some_metric, some_metric, some_metric)', '1:1: parse error: expected at most 1 argument(s) in call to "hour", got 3'],
  ['label_join(foo)', '1:1: parse error: expected at least 3 argument(s) in call to "label_join", got 1'],
  ['time(some_metric)', '1:1: parse error: expected 0 argument(s) in call to "time", got 1'],
  ['non_existent_function_far_bar()', '1:1: parse error: unknown function with name "non_existent_function_far_bar"'],
  ['a>b()', '1:3: parse error: unknown function with name "b"'],
  ['rate(some_metric)', '1:6: parse error: expected type range vector in call to function "rate", got instant vector'],
  ['rate(avg)', '1:6: parse error: expected type range vector in call to function "rate", got instant vector'],
  ['info(rate(x[5m]), target_info{foo="bar"})', '1:19: parse error: expected label selectors only, got vector selector instead'],
  ['info(x, {foo="bar"} == 1)', '1:9: parse error: expected label selectors only'],
];

/** Errors with experimental features off (Prometheus's defaults). */
const EXPERIMENTAL_OFF: readonly [string, string][] = [
  ['limitk(2, foo)', '1:1: parse error: limitk() is experimental and must be enabled with --enable-feature=promql-experimental-functions'],
  ['limit_ratio(0.5, foo)', '1:1: parse error: limit_ratio() is experimental and must be enabled with --enable-feature=promql-experimental-functions'],
  ['mad_over_time(foo[5m])', '1:1: parse error: function "mad_over_time" is not enabled'],
  ['sort_by_label(foo, "a")', '1:1: parse error: function "sort_by_label" is not enabled'],
  ['a + fill(0) b', '1:1: parse error: binop fill modifiers are experimental and not enabled'],
  ['foo[5m] anchored', '1:1: parse error: anchored modifier is experimental and not enabled'],
  ['foo smoothed', '1:1: parse error: smoothed modifier is experimental and not enabled'],
  ['foo[5m+30s]', '1:5: parse error: experimental duration expression is not enabled'],
  ['foo[(5m)]', '1:6: parse error: experimental duration expression is not enabled'],
  ['foo[5m:step()]', '1:8: parse error: experimental duration expression is not enabled'],
  ['foo offset -step()', '1:12: parse error: experimental duration expression is not enabled'],
];

describe('parse errors (experimental on)', () => {
  it.each(EXPERIMENTAL_ON)('%j fails with %s', (input, want) => {
    expect(errorOf(input, true)).toBe(want);
  });
});

describe('parse errors (experimental off)', () => {
  it.each(EXPERIMENTAL_OFF)('%j fails with %s', (input, want) => {
    expect(errorOf(input, false)).toBe(want);
  });

  it.each(['foo offset -5m', 'foo[1h30m:1m]', 'rate(x[5m]) > bool 1', 'foo @ end()', 'fill + fill'])('%j needs no experimental feature', (input) => {
    expect(errorOf(input, false)).toBe('no error');
  });
});

describe('ParseError', () => {
  it('carries the bare detail and the position range', () => {
    try {
      parseExpr('sum(foo) bar');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      const err = e as ParseError;
      expect(err.detail).toBe('unexpected identifier "bar"');
      expect(err.pos).toEqual({ start: 9, end: 12 });
    }
  });
});
