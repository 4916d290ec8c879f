/**
 * The `{{key:value ...}}` native-histogram notation (FORMAT.md §4): parsing
 * into model Histograms, and printing back for failure messages.
 */
import type { BucketSpan, Histogram } from '../model/samples';
import { formatGoFloat } from '../util/go-float';
import { parseFloatLiteral } from './numbers';

/** ParsedHistogram is a histogram plus whether the text spelled out its counter-reset hint. */
export interface ParsedHistogram {
  readonly h: Histogram;
  /** The hint is compared only when the expectation wrote `counter_reset_hint:` (FORMAT.md §7.6). */
  readonly hintGiven: boolean;
}

const HINTS = ['unknown', 'reset', 'not_reset', 'gauge'] as const;
type Hint = (typeof HINTS)[number];

const SCALAR_KEYS = new Set(['schema', 'sum', 'count', 'z_bucket', 'z_bucket_w', 'offset', 'n_offset']);
const LIST_KEYS = new Set(['buckets', 'n_buckets', 'custom_values']);

/**
 * parseHistogram reads one `{{...}}` literal (braces included). Throws an
 * Error naming the problem when the text is not valid notation.
 */
export function parseHistogram(text: string): ParsedHistogram {
  if (!text.startsWith('{{') || !text.endsWith('}}')) throw new Error(`invalid histogram notation: ${text}`);
  const body = text.slice(2, -2);
  const scalars = new Map<string, number>();
  const lists = new Map<string, number[]>();
  let hint: Hint = 'unknown';
  let hintGiven = false;
  const seen = new Set<string>();
  let i = 0;
  while (i < body.length) {
    if (/\s/.test(body[i]!)) {
      i++;
      continue;
    }
    const keyMatch = /^([a-z_]+):/.exec(body.slice(i));
    if (keyMatch === null) throw new Error(`invalid histogram notation near "${body.slice(i)}"`);
    const key = keyMatch[1]!;
    if (seen.has(key)) throw new Error(`duplicate key "${key}" in histogram notation`);
    seen.add(key);
    i += keyMatch[0].length;
    if (LIST_KEYS.has(key)) {
      if (body[i] !== '[') throw new Error(`expected "[" after "${key}:"`);
      const close = body.indexOf(']', i);
      if (close < 0) throw new Error(`missing "]" after "${key}:"`);
      const items = body.slice(i + 1, close).trim();
      lists.set(key, items === '' ? [] : items.split(/\s+/).map((t) => number(t, key)));
      i = close + 1;
      continue;
    }
    const end = nextBlank(body, i);
    const value = body.slice(i, end);
    i = end;
    if (key === 'counter_reset_hint') {
      if (!(HINTS as readonly string[]).includes(value)) throw new Error(`invalid counter_reset_hint "${value}"`);
      hint = value as Hint;
      hintGiven = true;
    } else if (SCALAR_KEYS.has(key)) {
      scalars.set(key, number(value, key));
    } else {
      throw new Error(`unknown key "${key}" in histogram notation`);
    }
  }
  const schema = scalars.get('schema') ?? 0;
  const customValues = lists.get('custom_values');
  const h: Histogram = {
    schema,
    count: scalars.get('count') ?? 0,
    sum: scalars.get('sum') ?? 0,
    zeroThreshold: scalars.get('z_bucket_w') ?? 0,
    zeroCount: scalars.get('z_bucket') ?? 0,
    positiveSpans: spanOf(lists.get('buckets'), scalars.get('offset') ?? 0),
    positiveBuckets: [...(lists.get('buckets') ?? [])],
    negativeSpans: spanOf(lists.get('n_buckets'), scalars.get('n_offset') ?? 0),
    negativeBuckets: [...(lists.get('n_buckets') ?? [])],
    ...(customValues !== undefined || schema === -53 ? { customValues: customValues ?? [] } : {}),
    counterResetHint: hint,
  };
  return { h, hintGiven };
}

function nextBlank(s: string, from: number): number {
  let j = from;
  while (j < s.length && !/\s/.test(s[j]!)) j++;
  return j;
}

function number(text: string, key: string): number {
  const v = parseFloatLiteral(text);
  if (v === undefined) throw new Error(`invalid number "${text}" for "${key}" in histogram notation`);
  return v;
}

/** The listed buckets form one contiguous span starting at the offset. */
function spanOf(counts: readonly number[] | undefined, offset: number): BucketSpan[] {
  return counts !== undefined && counts.length > 0 ? [{ offset, length: counts.length }] : [];
}

/**
 * formatHistogram prints a histogram in the same notation, the way the
 * upstream interpreter shows histograms in its messages. Gaps between spans
 * are written as explicit zero buckets so the output parses back.
 */
export function formatHistogram(h: Histogram): string {
  const parts = [`schema:${h.schema}`, `count:${formatGoFloat(h.count)}`, `sum:${formatGoFloat(h.sum)}`];
  if (h.zeroCount !== 0) parts.push(`z_bucket:${formatGoFloat(h.zeroCount)}`);
  if (h.zeroThreshold !== 0) parts.push(`z_bucket_w:${formatGoFloat(h.zeroThreshold)}`);
  const pos = flatten(h.positiveSpans, h.positiveBuckets);
  if (pos.counts.length > 0) {
    if (pos.offset !== 0) parts.push(`offset:${pos.offset}`);
    parts.push(`buckets:[${pos.counts.map(formatGoFloat).join(' ')}]`);
  }
  const neg = flatten(h.negativeSpans, h.negativeBuckets);
  if (neg.counts.length > 0) {
    if (neg.offset !== 0) parts.push(`n_offset:${neg.offset}`);
    parts.push(`n_buckets:[${neg.counts.map(formatGoFloat).join(' ')}]`);
  }
  if (h.customValues !== undefined && h.customValues.length > 0) {
    parts.push(`custom_values:[${h.customValues.map(formatGoFloat).join(' ')}]`);
  }
  if (h.counterResetHint !== 'unknown') parts.push(`counter_reset_hint:${h.counterResetHint}`);
  return `{{${parts.join(' ')}}}`;
}

/** flatten turns spans into one run (offset of the first bucket, counts with zeros in the gaps). */
function flatten(spans: readonly BucketSpan[], buckets: readonly number[]): { offset: number; counts: number[] } {
  const counts: number[] = [];
  let first: number | undefined;
  let index = 0;
  let b = 0;
  for (const span of spans) {
    index += span.offset;
    if (first === undefined) first = index;
    else while (first + counts.length < index) counts.push(0);
    for (let k = 0; k < span.length; k++) counts.push(buckets[b++] ?? 0);
    index += span.length;
  }
  return { offset: first ?? 0, counts };
}
