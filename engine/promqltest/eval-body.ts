/**
 * parseEvalBody reads the lines under an `eval` command (FORMAT.md §6.2,
 * §6.3): `expect ...` lines, expected series, a bare scalar, and the
 * deprecated `expected_fail_message` / `expected_fail_regexp`.
 */
import { durationAt, ScriptSyntaxError, type Line } from './lines';
import { parseFloatLiteral } from './numbers';
import { unquote } from './quoted';
import type { AnnotationExpectation, EvalCommand, EvalTiming, ExpectedSeries, TextMatcher } from './script';
import { expandValues, parseSeriesLine } from './series';

const PAT_EXPECT = /^expect\s+(ordered|fail|warn|no_warn|info|no_info)(?:\s+(regex|msg):(.*))?$/;
const PAT_RANGE_VECTOR = /^expect\s+range\s+vector\s+from\s+(\S+)\s+to\s+(\S+)\s+step\s+(\S+)$/;
const PAT_STRING = /^expect\s+string\s+(.*)$/;

/** EvalBody is what the body contributes to an EvalCommand. */
export interface EvalBody {
  readonly fields: Pick<EvalCommand, 'warn' | 'info' | 'ordered' | 'rangeVector' | 'expectString' | 'scalar' | 'series'>;
  readonly fail?: TextMatcher;
  /** Number of body lines used; a scalar or expected_fail_* line ends the body early. */
  readonly consumed: number;
}

interface Builder {
  fail?: TextMatcher;
  warn?: TextMatcher[] | 'none';
  info?: TextMatcher[] | 'none';
  ordered: boolean;
  rangeVector?: { startMs: number; endMs: number; stepMs: number };
  expectString?: string;
  scalar?: number;
  series: ExpectedSeries[];
}

/**
 * parseEvalBody reads the body of the eval at line `headLine`.
 * `implicitExpects` are the expect lines a deprecated spelling implies.
 */
export function parseEvalBody(headLine: number, body: readonly Line[], implicitExpects: readonly string[], timing: EvalTiming, legacyFail: boolean): EvalBody {
  const b: Builder = { ordered: false, series: [] };
  for (const e of implicitExpects) applyExpect(b, e, headLine, timing);
  let consumed = 0;
  for (const l of body) {
    consumed++;
    const first = l.text.split(/\s+/, 1)[0];
    if (legacyFail && (first === 'expected_fail_message' || first === 'expected_fail_regexp')) {
      const arg = l.text.slice(first.length).trim();
      b.fail = first === 'expected_fail_message' ? { kind: 'msg', text: arg } : regexMatcher(arg, l.no);
      break;
    }
    if (first === 'expect') {
      applyExpect(b, l.text, l.no, timing);
      continue;
    }
    const scalar = parseFloatLiteral(l.text);
    if (scalar !== undefined) {
      if (b.series.length > 0) throw new ScriptSyntaxError(l.no, 'a scalar expectation cannot be mixed with series');
      b.scalar = scalar;
      break; // upstream ends the body after a scalar line
    }
    b.series.push(expectedSeries(l, b, timing));
  }
  if (b.scalar !== undefined && b.expectString !== undefined) throw new ScriptSyntaxError(headLine, 'cannot expect both a scalar and a string');
  const fields = {
    warn: annotationExpectation(b.warn),
    info: annotationExpectation(b.info),
    ordered: b.ordered,
    series: b.series,
    ...(b.rangeVector ? { rangeVector: b.rangeVector } : {}),
    ...(b.expectString !== undefined ? { expectString: b.expectString } : {}),
    ...(b.scalar !== undefined ? { scalar: b.scalar } : {}),
  };
  return { fields, consumed, ...(b.fail ? { fail: b.fail } : {}) };
}

function annotationExpectation(x: TextMatcher[] | 'none' | undefined): AnnotationExpectation {
  if (x === undefined) return { mode: 'unchecked' };
  if (x === 'none') return { mode: 'none' };
  return { mode: 'some', matchers: x };
}

/**
 * regexMatcher compiles a Go RE2 pattern for an unanchored search. The 'u'
 * flag is tried first (closest to RE2's UTF-8 semantics); patterns that are
 * valid RE2 but rejected by it, such as escaped punctuation like `\-`, fall
 * back to a plain RegExp.
 */
function regexMatcher(source: string, line: number): TextMatcher {
  for (const flags of ['u', '']) {
    try {
      return { kind: 'regex', source, re: new RegExp(source, flags) };
    } catch {
      // try the next flag set
    }
  }
  throw new ScriptSyntaxError(line, `invalid regex "${source}"`);
}

function applyExpect(b: Builder, text: string, line: number, timing: EvalTiming): void {
  const rv = PAT_RANGE_VECTOR.exec(text);
  if (rv !== null) {
    if (timing.kind !== 'instant') throw new ScriptSyntaxError(line, '"expect range vector" is only allowed on instant evals');
    const startMs = durationAt(rv[1]!, line, 'range vector start');
    const endMs = durationAt(rv[2]!, line, 'range vector end');
    const stepMs = durationAt(rv[3]!, line, 'range vector step');
    if (endMs < startMs || stepMs <= 0) throw new ScriptSyntaxError(line, `invalid range vector expectation "${text}"`);
    b.rangeVector = { startMs, endMs, stepMs };
    return;
  }
  const str = PAT_STRING.exec(text);
  if (str !== null) {
    if (timing.kind !== 'instant') throw new ScriptSyntaxError(line, '"expect string" is only allowed on instant evals');
    try {
      b.expectString = unquote(str[1]!);
    } catch (e) {
      throw new ScriptSyntaxError(line, `invalid string expectation ${str[1]}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return;
  }
  const m = PAT_EXPECT.exec(text);
  if (m === null) throw new ScriptSyntaxError(line, `invalid expect line "${text}"`);
  const what = m[1]!;
  let matcher: TextMatcher = { kind: 'any' };
  if (m[2] !== undefined) {
    const arg = m[3]!.trim();
    if (arg === '') throw new ScriptSyntaxError(line, `"${m[2]}:" needs a text in "${text}"`);
    if (what !== 'fail' && what !== 'warn' && what !== 'info') throw new ScriptSyntaxError(line, `"${what}" takes no ${m[2]}:`);
    matcher = m[2] === 'msg' ? { kind: 'msg', text: arg } : regexMatcher(arg, line);
  }
  switch (what) {
    case 'ordered':
      // Allowed on range evals too, as upstream does; the matrix result then fails the comparison.
      b.ordered = true;
      return;
    case 'fail':
      if (b.fail !== undefined) throw new ScriptSyntaxError(line, 'at most one "expect fail" line is allowed');
      b.fail = matcher;
      return;
    case 'warn':
    case 'info':
      if (b[what] === 'none') throw new ScriptSyntaxError(line, `"expect ${what}" cannot be combined with "expect no_${what}"`);
      b[what] = [...((b[what] as TextMatcher[] | undefined) ?? []), matcher];
      return;
    case 'no_warn':
    case 'no_info': {
      const key = what === 'no_warn' ? 'warn' : 'info';
      if (Array.isArray(b[key])) throw new ScriptSyntaxError(line, `"expect ${what}" cannot be combined with "expect ${key}"`);
      b[key] = 'none';
      return;
    }
  }
}

function expectedSeries(l: Line, b: Builder, timing: EvalTiming): ExpectedSeries {
  let parsed;
  try {
    const s = parseSeriesLine(l.text);
    if (s.startTimestamps) throw new Error('"@st" lines are only allowed in load bodies');
    parsed = { labels: s.labels, values: expandValues(s.rest) };
  } catch (e) {
    throw new ScriptSyntaxError(l.no, `invalid expected series "${l.text}": ${e instanceof Error ? e.message : String(e)}`);
  }
  if (timing.kind === 'instant' && b.rangeVector === undefined) {
    if (parsed.values.length > 1) throw new ScriptSyntaxError(l.no, 'expecting multiple values in instant evaluation not allowed');
    const v = parsed.values[0];
    if (v === undefined || (v.kind !== 'float' && v.kind !== 'histogram')) {
      throw new ScriptSyntaxError(l.no, `an instant expectation needs exactly one value: "${l.text}"`);
    }
  }
  if (parsed.values.some((v) => v.kind === 'stale')) throw new ScriptSyntaxError(l.no, 'stale markers cannot be expected');
  return { line: l.no, ...parsed };
}
