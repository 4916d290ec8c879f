import { formatGoFloat } from '../exposition/index';
import { utf8Bytes } from '../util/utf8';
import type { PgMetric } from './types';

/**
 * protoText prints a metric as Go's client library does inside its
 * consistency errors (`collected metric "x" { label:<name:"job" value:"a" >
 * gauge:<value:1 > } is not a COUNTER`): golang/protobuf's compact text
 * format, fields in field-number order, each followed by a space.
 */
export function protoText(m: PgMetric): string {
  let s = '';
  for (const l of m.labels) s += `label:<name:${quote(l.name)} value:${quote(l.value)} > `;
  const d = m.data;
  switch (d.kind) {
    case 'gauge':
    case 'counter':
      s += `${d.kind}:<value:${num(d.value)} > `;
      break;
    case 'summary':
      s += `summary:<sample_count:${d.count} sample_sum:${num(d.sum)} `;
      for (const q of d.quantiles) s += `quantile:<quantile:${num(q.quantile)} value:${num(q.value)} > `;
      s += '> ';
      break;
    case 'untyped':
      s += `untyped:<value:${num(d.value)} > `;
      break;
    case 'histogram':
      break;
  }
  if (m.timestampMs !== undefined) s += `timestamp_ms:${m.timestampMs} `;
  if (d.kind === 'histogram') {
    s += `histogram:<sample_count:${d.count} sample_sum:${num(d.sum)} `;
    for (const b of d.buckets) s += `bucket:<cumulative_count:${b.cumulativeCount} upper_bound:${num(b.upperBound)} > `;
    s += '> ';
  }
  return s;
}

/** num formats a double as the proto text writer does: shortest 'g', with inf/-inf/nan spelled in lowercase. */
function num(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return formatGoFloat(v);
}

/** quote writes a proto text string: printable ASCII as is, common escapes, every other byte as octal. */
function quote(s: string): string {
  let out = '"';
  for (const b of utf8Bytes(s)) {
    if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += '\\' + b.toString(8).padStart(3, '0');
  }
  return out + '"';
}
