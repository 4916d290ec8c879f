import { compareStrings, goQuote, METRIC_NAME, type Label, type Labels } from '../model/labels';
import { BACKSLASH, COMMA, EQUALS, LBRACE, QUOTE, RBRACE, type LineCursor, quoteChar } from './cursor';

/**
 * Scanning of the pieces both formats share: metric names, quoted strings and
 * `{label="value",...}` sets, including Prometheus 3's quoted UTF-8 names
 * (`{"my.metric","a.b"="x"}`). Error texts follow Prometheus's text parser.
 */

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95; // a-z A-Z _
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}

/** isMetricNameChar: metric names also allow ':' (reserved for recording rules). */
function isMetricNameChar(c: number, first: boolean): boolean {
  return c === 58 || (first ? isNameStart(c) : isNameChar(c));
}

/** scanMetricName reads an unquoted metric name at the cursor; '' when none starts there. */
export function scanMetricName(c: LineCursor): string {
  const src = c.src;
  const start = c.pos;
  let i = start;
  while (i < c.lineEnd && isMetricNameChar(src.charCodeAt(i), i === start)) i++;
  c.pos = i;
  return src.slice(start, i);
}

/** scanLabelName reads an unquoted label name at the cursor; '' when none starts there. */
function scanLabelName(c: LineCursor): string {
  const src = c.src;
  const start = c.pos;
  let i = start;
  if (i < c.lineEnd && isNameStart(src.charCodeAt(i))) {
    i++;
    while (i < c.lineEnd && isNameChar(src.charCodeAt(i))) i++;
  }
  c.pos = i;
  return src.slice(start, i);
}

/**
 * scanQuoted reads a double-quoted string whose opening quote is at the
 * cursor and leaves the cursor after the closing quote. Escapes are `\\`,
 * `\"` and `\n`; `what` names the string in the new-line error
 * (`label value "new" contains unescaped new-line`).
 */
export function scanQuoted(c: LineCursor, what: string): string {
  const src = c.src;
  let i = c.pos + 1;
  let out = '';
  let chunk = i;
  for (;;) {
    if (i >= c.lineEnd) {
      c.pos = i;
      c.peek(); // end of input on an unterminated last line
      c.fail(`${what} ${goQuote(out + src.slice(chunk, i))} contains unescaped new-line`);
    }
    const ch = src.charCodeAt(i);
    if (ch === QUOTE) break;
    if (ch === BACKSLASH) {
      out += src.slice(chunk, i);
      c.pos = i + 1;
      const e = c.peek();
      if (e === BACKSLASH) out += '\\';
      else if (e === QUOTE) out += '"';
      else if (e === 110) out += '\n'; // n
      else c.fail('invalid escape sequence');
      i += 2;
      chunk = i;
      continue;
    }
    i++;
  }
  c.pos = i + 1;
  return out + src.slice(chunk, i);
}

/**
 * scanLabels reads a label set whose `{` is at the cursor, appending
 * name/value pairs to `pairs` (flat: name, value, name, value...). A quoted
 * string standing alone is the metric name; the function returns the metric
 * name, which is `metricName` unless the set names one (an error when
 * `needName` and there is none). `blanks` allows spaces and tabs between
 * tokens, as the text format does.
 */
export function scanLabels(c: LineCursor, metricName: string, pairs: string[], blanks: boolean, needName = true): string {
  let name = metricName;
  c.pos++;
  if (blanks) c.skipBlanks();
  for (;;) {
    let ch = c.peek();
    if (ch === RBRACE) break;
    let labelName: string;
    if (ch === QUOTE) {
      const s = scanQuoted(c, pairs.length === 0 && name === '' ? 'metric name' : 'label name');
      if (blanks) c.skipBlanks();
      ch = c.peek();
      if (ch === COMMA || ch === RBRACE) {
        if (name !== '') c.fail('multiple metric names');
        name = s;
        if (ch === COMMA) {
          c.pos++;
          if (blanks) c.skipBlanks();
        }
        continue;
      }
      if (ch !== EQUALS) {
        c.fail(name === '' && pairs.length === 0 ? 'unexpected end of metric name' : `expected '=' after label name, found ${quoteChar(ch)}`);
      }
      labelName = s;
      if (labelName === '') c.fail(`invalid label name for metric ${goQuote(name)}`);
    } else {
      labelName = scanLabelName(c);
      if (labelName === '') c.fail(`invalid label name for metric ${goQuote(name)}`);
      if (blanks) c.skipBlanks();
      ch = c.peek();
      if (ch !== EQUALS) c.fail(`expected '=' after label name, found ${quoteChar(ch)}`);
    }
    if (labelName === METRIC_NAME) c.fail(`label name ${goQuote(METRIC_NAME)} is reserved`);
    for (let k = 0; k < pairs.length; k += 2) {
      if (pairs[k] === labelName) c.fail(`duplicate label names for metric ${goQuote(name)}`);
    }
    c.pos++;
    if (blanks) c.skipBlanks();
    ch = c.peek();
    if (ch !== QUOTE) c.fail(`expected '"' at start of label value, found ${quoteChar(ch)}`);
    const value = scanQuoted(c, 'label value');
    pairs.push(labelName, value);
    if (blanks) c.skipBlanks();
    ch = c.peek();
    if (ch === COMMA) {
      c.pos++;
      if (blanks) c.skipBlanks();
      continue;
    }
    if (ch !== RBRACE) c.fail(`unexpected end of label value ${goQuote(value)}`);
    break;
  }
  c.pos++;
  if (needName && name === '') c.fail('invalid metric name');
  return name;
}

/**
 * scanSeries reads a sample's `name{labels}` (or `{"name",labels}`) into
 * `pairs`, which it clears first, and returns the metric name. With `blanks`,
 * spaces and tabs may separate the name from the braces.
 */
export function scanSeries(c: LineCursor, pairs: string[], blanks: boolean): string {
  let name = '';
  if (c.src.charCodeAt(c.pos) !== LBRACE) {
    name = scanMetricName(c);
    if (name === '') c.fail('invalid metric name');
    if (blanks) c.skipBlanks();
  }
  pairs.length = 0;
  return c.peek() === LBRACE ? scanLabels(c, name, pairs, blanks) : name;
}

/** pairValue returns the value of a label in flat pairs, or undefined when absent. */
export function pairValue(pairs: readonly string[], name: string): string | undefined {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === name) return pairs[k + 1];
  return undefined;
}

/**
 * buildLabels makes the sorted label set of a sample: `__name__` plus the
 * pairs, dropping empty values (an empty value means "no such label").
 * Insertion sort, because exporters almost always print labels sorted.
 */
export function buildLabels(metricName: string | undefined, pairs: readonly string[]): Labels {
  const out: Label[] = metricName === undefined ? [] : [{ name: METRIC_NAME, value: metricName }];
  for (let k = 0; k < pairs.length; k += 2) {
    const value = pairs[k + 1]!;
    if (value === '') continue;
    const label: Label = { name: pairs[k]!, value };
    let j = out.length;
    while (j > 0 && compareStrings(out[j - 1]!.name, label.name) > 0) j--;
    if (j === out.length) out.push(label);
    else out.splice(j, 0, label);
  }
  return out;
}
