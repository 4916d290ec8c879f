import { goQuote } from '../model/labels';
import type { MetricType } from '../storage/interface';
import { HASH, LineCursor, NL, QUOTE, SPACE, TAB } from './cursor';
import { parseGoFloat } from './float';
import { scanMetricName, scanQuoted, scanSeries } from './labelset';
import { TextFamilies } from './text-families';
import type { MetricFamily } from './types';

/** TYPE keywords of the text format (matched case-insensitively, as expfmt does). */
const TEXT_TYPES: ReadonlyMap<string, MetricType> = new Map<string, MetricType>([
  ['counter', 'counter'],
  ['gauge', 'gauge'],
  ['histogram', 'histogram'],
  ['summary', 'summary'],
  ['untyped', 'unknown'],
  ['gaugehistogram', 'gaugehistogram'],
  ['gauge_histogram', 'gaugehistogram'],
]);

/** Largest magnitude of a Go int64, the type of text-format timestamps. */
const MAX_INT64 = 9223372036854775807;

/**
 * parseText parses the Prometheus text exposition format 0.0.4 into metric
 * families, with the grammar and error texts of Prometheus's text parser:
 * `# HELP`/`# TYPE` lines, other `#` lines as comments, blank lines, and
 * samples `name{labels} value [timestamp_ms]`, where the name may instead be
 * a quoted string inside the braces. Every line, the last included, must end
 * with '\n'. Throws ExpositionError.
 */
export function parseText(input: string): MetricFamily[] {
  const c = new LineCursor(input, 'text', 'unexpected end of input stream');
  const families = new TextFamilies();
  const pairs: string[] = [];
  while (c.nextLine()) {
    c.skipBlanks();
    if (c.pos >= c.lineEnd) continue; // blank line, or trailing blanks at the end of input
    if (input.charCodeAt(c.pos) === HASH) parseComment(c, families);
    else parseSample(c, families, pairs);
  }
  return families.result();
}

function parseSample(c: LineCursor, families: TextFamilies, pairs: string[]): void {
  const src = c.src;
  const name = scanSeries(c, pairs, true);
  c.skipBlanks();
  const valueEnd = c.tokenEnd(true);
  const value = parseGoFloat(src, c.pos, valueEnd);
  if (value === undefined) c.fail(`expected float as value, got ${goQuote(src.slice(c.pos, valueEnd))}`);
  c.pos = valueEnd;
  c.skipBlanks();
  let timestampMs: number | undefined;
  if (!c.atLineEnd()) {
    const tsEnd = c.tokenEnd(true);
    timestampMs = parseInt64(src, c.pos, tsEnd);
    if (timestampMs === undefined) c.fail(`expected integer as timestamp, got ${goQuote(src.slice(c.pos, tsEnd))}`);
    c.pos = tsEnd;
    c.skipBlanks();
    if (!c.atLineEnd()) c.fail(`spurious string after timestamp: ${goQuote(src.slice(c.pos, c.tokenEnd(true)))}`);
  }
  families.addSample(c, name, pairs, value, timestampMs);
}

/** parseComment handles a line starting with '#': HELP, TYPE, or a comment to ignore. */
function parseComment(c: LineCursor, families: TextFamilies): void {
  c.pos++;
  c.skipBlanks();
  if (c.atLineEnd()) return;
  const keywordEnd = c.tokenEnd(true);
  const keyword = c.src.slice(c.pos, keywordEnd);
  if (keyword !== 'HELP' && keyword !== 'TYPE') {
    c.pos = c.lineEnd;
    c.peek(); // a comment on an unterminated last line is still an early end of input
    return;
  }
  c.pos = keywordEnd;
  c.skipBlanks();
  if (c.atLineEnd()) return; // `# HELP` alone is just a comment
  const name = c.peek() === QUOTE ? scanQuoted(c, 'metric name') : scanMetricName(c);
  const next = c.peek();
  if (name === '' || (next !== SPACE && next !== TAB && next !== NL)) c.fail('invalid metric name in comment');
  c.skipBlanks();
  if (c.atLineEnd()) return; // `# HELP name` without text is a comment too
  const rest = c.rest();
  c.pos = c.lineEnd;
  c.peek(); // HELP or TYPE on an unterminated last line is an early end of input
  if (keyword === 'HELP') {
    families.setHelp(c, name, unescapeHelp(rest));
    return;
  }
  const word = rest.trimEnd();
  const type = TEXT_TYPES.get(word.toLowerCase());
  if (type === undefined) c.fail(`unknown metric type ${goQuote(word)}`);
  families.setType(c, name, type);
}

/**
 * unescapeHelp resolves `\\`, `\n` and `\"` in a HELP text; any other
 * backslash is kept literally, as the text format's readers do.
 */
function unescapeHelp(s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\' || i + 1 >= s.length) {
      out += ch;
      continue;
    }
    const e = s[i + 1]!;
    if (e === 'n') out += '\n';
    else if (e === '\\' || e === '"') out += e;
    else {
      out += ch;
      continue;
    }
    i++;
  }
  return out;
}

/** parseInt64 parses `[+-]digits` (Go's strconv.ParseInt base 10, 64 bits); undefined otherwise. */
function parseInt64(s: string, start: number, end: number): number | undefined {
  let i = start;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) i++;
  if (i >= end) return undefined;
  for (; i < end; i++) {
    const d = s.charCodeAt(i);
    if (d < 48 || d > 57) return undefined;
  }
  const v = Number(s.slice(start, end));
  return Math.abs(v) > MAX_INT64 ? undefined : v;
}
