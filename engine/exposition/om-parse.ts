import { goQuote } from '../model/labels';
import { ExpositionError } from './error';
import { BACKSLASH, HASH, LineCursor, NL, QUOTE, SPACE, quoteChar } from './cursor';
import { parseGoFloat, secondsToMs } from './float';
import { buildLabels, scanLabels, scanMetricName, scanQuoted, scanSeries } from './labelset';
import { OMFamilies } from './om-families';
import { EXEMPLAR_MAX_LABEL_CHARS, OM_TYPES } from './om-rules';
import type { Exemplar, MetricFamily } from './types';

const EOF_LINE = '# EOF';

/**
 * parseOpenMetrics parses OpenMetrics 1.0 text into metric families. Lines
 * are `# HELP|TYPE|UNIT name text` or samples `name{labels} value
 * [timestamp_seconds] [# {labels} value [timestamp_seconds]]`, single spaces
 * between tokens, and the input ends with `# EOF` (optionally followed by
 * one '\n'). Counter families are named without `_total`. Timestamps become
 * integer milliseconds. Throws ExpositionError.
 */
export function parseOpenMetrics(input: string): MetricFamily[] {
  const c = new LineCursor(input, 'openmetrics', 'unexpected end of input, expected "# EOF"');
  const families = new OMFamilies();
  const pairs: string[] = [];
  let sawEOF = false;
  while (c.nextLine()) {
    if (sawEOF) c.fail('unexpected content after "# EOF"');
    if (c.pos >= c.lineEnd) c.fail('unexpected empty line');
    if (input.charCodeAt(c.pos) === HASH) sawEOF = parseHashLine(c, families);
    else parseSample(c, families, pairs);
  }
  if (!sawEOF) throw new ExpositionError('openmetrics', c.line + 1, 'unexpected end of input, expected "# EOF"');
  return families.result();
}

/** parseHashLine handles `# EOF` (returning true) and the metadata lines. */
function parseHashLine(c: LineCursor, families: OMFamilies): boolean {
  const src = c.src;
  const start = c.pos;
  if (c.lineEnd - start === EOF_LINE.length && src.startsWith(EOF_LINE, start)) return true;
  const keyword = src.slice(start + 2, start + 6);
  if (!src.startsWith('# ', start) || (keyword !== 'HELP' && keyword !== 'TYPE' && keyword !== 'UNIT') || src.charCodeAt(start + 6) !== SPACE) {
    c.fail(`expected "# HELP", "# TYPE", "# UNIT" or "# EOF", got ${goQuote(c.rest())}`);
  }
  c.pos = start + 7;
  const name = c.peek() === QUOTE ? scanQuoted(c, 'metric name') : scanMetricName(c);
  const next = c.peek();
  if (name === '' || (next !== SPACE && next !== NL)) c.fail(`invalid metric name in ${keyword} line`);
  let text = '';
  if (next === SPACE) {
    c.pos++;
    text = c.rest();
  }
  c.pos = c.lineEnd;
  c.peek(); // a metadata line cannot be the last line
  if (keyword === 'HELP') families.setHelp(c, name, unescapeHelp(c, text));
  else if (keyword === 'UNIT') families.setUnit(c, name, text);
  else {
    const type = OM_TYPES.get(text);
    if (type === undefined) c.fail(`invalid metric type ${goQuote(text)}`);
    families.setType(c, name, type);
  }
  return false;
}

function parseSample(c: LineCursor, families: OMFamilies, pairs: string[]): void {
  const name = scanSeries(c, pairs, false);
  const value = readFloat(c, 'value', 'metric');
  let timestampMs: number | undefined;
  let exemplar: Exemplar | undefined;
  // What may follow the value: ` timestamp`, then ` # {exemplar labels} value [timestamp]`.
  if (!c.atLineEnd()) {
    c.pos++; // the space that ended the value
    if (c.peek() !== HASH) {
      timestampMs = readTimestamp(c);
      if (!c.atLineEnd()) {
        c.pos++;
        if (c.peek() !== HASH) c.fail(`expected exemplar or end of line after timestamp, found ${quoteChar(c.peek())}`);
      }
    }
    if (!c.atLineEnd()) exemplar = parseExemplar(c);
  }
  families.addSample(c, name, pairs, value, timestampMs, exemplar);
}

/** parseExemplar reads `# {labels} value [timestamp]` up to the end of the line. */
function parseExemplar(c: LineCursor): Exemplar {
  if (!c.src.startsWith('# {', c.pos)) c.fail(`expected exemplar label set after "#", got ${goQuote(c.rest())}`);
  c.pos += 2;
  const pairs: string[] = [];
  if (scanLabels(c, '', pairs, false, false) !== '') c.fail('exemplar labels must not name a metric');
  let chars = 0;
  for (const s of pairs) chars += codePoints(s);
  if (chars > EXEMPLAR_MAX_LABEL_CHARS) {
    c.fail(`exemplar labels have ${chars} UTF-8 characters, more than the limit of ${EXEMPLAR_MAX_LABEL_CHARS}`);
  }
  const value = readFloat(c, 'exemplar value', 'exemplar labels');
  const labels = buildLabels(undefined, pairs);
  if (c.atLineEnd()) return { labels, value };
  c.pos++;
  const timestampMs = readTimestamp(c);
  if (!c.atLineEnd()) c.fail(`unexpected ${quoteChar(c.peek())} after exemplar timestamp`);
  return { labels, value, timestampMs };
}

/** readFloat reads ` <float>`: the separating space and a value token; `what` and `after` word the errors. */
function readFloat(c: LineCursor, what: string, after: string): number {
  const sep = c.peek();
  if (sep !== SPACE) c.fail(`expected ${what} after ${after}, found ${quoteChar(sep)}`);
  c.pos++;
  const end = c.tokenEnd(false);
  const v = parseGoFloat(c.src, c.pos, end);
  if (v === undefined) c.fail(`expected float as ${what}, got ${goQuote(c.src.slice(c.pos, end))}`);
  c.pos = end;
  return v;
}

/** readTimestamp reads a timestamp token in float seconds and returns milliseconds. */
function readTimestamp(c: LineCursor): number {
  const end = c.tokenEnd(false);
  const token = c.src.slice(c.pos, end);
  const v = parseGoFloat(token);
  if (v === undefined) c.fail(`expected float as timestamp, got ${goQuote(token)}`);
  if (!Number.isFinite(v)) c.fail(`invalid timestamp ${goQuote(token)}`);
  c.pos = end;
  return secondsToMs(v);
}

/** codePoints counts the Unicode code points of s (OpenMetrics measures exemplar labels in them). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xdc00 && u <= 0xdfff) n--; // the second half of a surrogate pair
  }
  return n;
}

/** unescapeHelp resolves the OpenMetrics escapes `\\`, `\n` and `\"`; any other is an error. */
function unescapeHelp(c: LineCursor, s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== BACKSLASH) {
      out += s[i];
      continue;
    }
    const e = s[++i];
    if (e === 'n') out += '\n';
    else if (e === '\\' || e === '"') out += e;
    else c.fail('invalid escape sequence in HELP text');
  }
  return out;
}
