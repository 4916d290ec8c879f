/**
 * The series-description notation used by `load` bodies and expected results
 * (FORMAT.md §3.1, §3.2): a label set followed by value items that expand
 * into consecutive sample positions.
 */
import { labelsFromPairs, METRIC_NAME, type Labels } from '../model/labels';
import type { Histogram } from '../model/samples';
import { addHistograms } from './histogram-math';
import { parseHistogram } from './histogram-notation';
import { FLOAT_SOURCE, parseFloatLiteral, UNSIGNED_FLOAT_SOURCE } from './numbers';
import { readQuoted } from './quoted';

/** SeqValue is one sample position of an expanded series. */
export type SeqValue =
  | { readonly kind: 'float'; readonly v: number }
  | { readonly kind: 'stale' }
  | { readonly kind: 'omitted' }
  | { readonly kind: 'histogram'; readonly h: Histogram; readonly hintGiven: boolean };

/** SeriesLine is a parsed `labels values...` line. */
export interface SeriesLine {
  readonly labels: Labels;
  /** The raw text after the label set (value items, or start-timestamp items for `@st` lines). */
  readonly rest: string;
  /** True for `name{...}@st` lines, whose items are start-timestamp offsets (FORMAT.md §3.3). */
  readonly startTimestamps: boolean;
}

const IDENT = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_IDENT = /^[a-zA-Z_][a-zA-Z0-9_]*/;

/**
 * parseSeriesLine splits a line into its label set and the rest. Accepts
 * `name`, `name{a="b", ...}`, `{__name__="x", ...}` and `{"quoted.name", a="b"}`.
 * Throws an Error with the problem when the label set is malformed.
 */
export function parseSeriesLine(line: string): SeriesLine {
  const pairs: [string, string][] = [];
  let i = 0;
  const name = IDENT.exec(line);
  if (name !== null) {
    pairs.push([METRIC_NAME, name[0]]);
    i = name[0].length;
  }
  if (line[i] === '{') {
    i = readLabelBlock(line, i + 1, pairs);
  } else if (name === null) {
    throw new Error(`expected a metric name or "{" at the start of "${line}"`);
  }
  let startTimestamps = false;
  if (line.startsWith('@st', i)) {
    startTimestamps = true;
    i += 3;
  }
  if (i < line.length && !/\s/.test(line[i]!)) throw new Error(`unexpected "${line.slice(i)}" after the label set`);
  return { labels: labelsFromPairs(pairs), rest: line.slice(i).trim(), startTimestamps };
}

/** readLabelBlock reads `a="b", "c"="d", "name"}` from `start` and returns the index after `}`. */
function readLabelBlock(line: string, start: number, pairs: [string, string][]): number {
  let i = skipBlanks(line, start);
  while (line[i] !== '}') {
    if (i >= line.length) throw new Error('unterminated label set: missing "}"');
    let labelName: string;
    const ident = LABEL_IDENT.exec(line.slice(i));
    if (ident !== null) {
      labelName = ident[0];
      i += labelName.length;
    } else if (line[i] === '"' || line[i] === "'" || line[i] === '`') {
      const q = readQuoted(line, i);
      labelName = q.value;
      i = q.end;
    } else {
      throw new Error(`unexpected "${line[i]}" in label set`);
    }
    i = skipBlanks(line, i);
    if (line[i] === '=') {
      i = skipBlanks(line, i + 1);
      const q = readQuoted(line, i);
      pairs.push([labelName, q.value]);
      i = skipBlanks(line, q.end);
    } else if (ident === null) {
      // A lone quoted string inside the braces is the metric name (UTF-8 syntax).
      pairs.push([METRIC_NAME, labelName]);
    } else {
      throw new Error(`expected "=" after label name "${labelName}"`);
    }
    if (line[i] === ',') i = skipBlanks(line, i + 1);
    else if (line[i] !== '}') throw new Error(`expected "," or "}" in label set, got "${line.slice(i, i + 10)}"`);
  }
  return i + 1;
}

function skipBlanks(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}

/** splitItems splits value items on blanks, keeping `{{...}}` (which contains blanks) in one item. */
export function splitItems(text: string): string[] {
  const items: string[] = [];
  let cur = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('{{', i)) {
      const close = text.indexOf('}}', i);
      if (close < 0) throw new Error('unterminated histogram: missing "}}"');
      cur += text.slice(i, close + 2);
      i = close + 2;
    } else if (/\s/.test(text[i]!)) {
      if (cur !== '') items.push(cur);
      cur = '';
      i++;
    } else {
      cur += text[i++];
    }
  }
  if (cur !== '') items.push(cur);
  return items;
}

const FLOAT_ITEM = new RegExp(`^(${FLOAT_SOURCE})(?:([+-])(${UNSIGNED_FLOAT_SOURCE}))?(?:x(\\d+))?$`);
const HISTOGRAM_ITEM = /^(\{\{[^}]*\}\})(?:([+-])(\{\{[^}]*\}\}))?(?:x(\d+))?$/;

/**
 * expandValues expands value items into sample positions: numbers, `a+bxN`,
 * `a-bxN`, `axN`, `_`, `_xN`, `stale` and the histogram forms. Sequences use
 * repeated float64 addition, as upstream does, so rounding builds up the same way.
 */
export function expandValues(text: string): SeqValue[] {
  const out: SeqValue[] = [];
  for (const item of splitItems(text)) expandItem(item, out);
  return out;
}

function expandItem(item: string, out: SeqValue[]): void {
  if (item === '_') {
    out.push({ kind: 'omitted' });
    return;
  }
  const gaps = /^_x(\d+)$/.exec(item);
  if (gaps !== null) {
    // `_xN` is N gaps, unlike every other `xN` form, which gives N+1 values.
    for (let k = 0; k < Number(gaps[1]); k++) out.push({ kind: 'omitted' });
    return;
  }
  if (item === 'stale') {
    out.push({ kind: 'stale' });
    return;
  }
  const f = FLOAT_ITEM.exec(item);
  if (f !== null) {
    let v = parseFloatLiteral(f[1]!)!;
    const times = f[4] === undefined ? 0 : Number(f[4]);
    const step = f[3] === undefined ? 0 : parseFloatLiteral(f[3])! * (f[2] === '-' ? -1 : 1);
    if (f[3] !== undefined && f[4] === undefined) throw new Error(`invalid value "${item}": a step needs "xN"`);
    out.push({ kind: 'float', v });
    for (let k = 0; k < times; k++) {
      v += step;
      out.push({ kind: 'float', v });
    }
    return;
  }
  const h = HISTOGRAM_ITEM.exec(item);
  if (h !== null) {
    const base = parseHistogram(h[1]!);
    const times = h[4] === undefined ? 0 : Number(h[4]);
    if (h[3] !== undefined && h[4] === undefined) throw new Error(`invalid value "${item}": a step needs "xN"`);
    const inc = h[3] === undefined ? undefined : parseHistogram(h[3]).h;
    let cur = base.h;
    out.push({ kind: 'histogram', h: cur, hintGiven: base.hintGiven });
    for (let k = 0; k < times; k++) {
      if (inc !== undefined) cur = addHistograms(cur, inc, h[2] === '-' ? -1 : 1);
      out.push({ kind: 'histogram', h: cur, hintGiven: base.hintGiven });
    }
    return;
  }
  throw new Error(`invalid value "${item}"`);
}
