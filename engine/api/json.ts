import { compareStrings } from '../model/labels';
import { formatJsonNumber } from './float';

/**
 * A JSON writer that matches Go's (json-iterator, standard-library
 * compatible) output byte for byte: HTML-sensitive characters are escaped
 * as \u003c, \u003e, \u0026, line/paragraph separators as \u2028/\u2029,
 * and object keys keep the order the caller chose (struct field order in Go).
 */

/**
 * jsonStringPlain quotes a string as json-iterator's Stream.WriteString does,
 * which Prometheus's hand-written label encoder uses: only `"`, `\` and
 * control characters are escaped; `<`, `>`, `&` and U+2028/9 stay as they are.
 */
export function jsonStringPlain(s: string): string {
  if (!/["\\\u0000-\u001f]/.test(s)) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c < 0x20) out += c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    else out += s[i];
  }
  return out + '"';
}

/** RawJson is already-encoded JSON spliced in verbatim (big results are built as strings). */
export class RawJson {
  constructor(readonly json: string) {}
}

/** JsonValue is what encodeJson accepts. `undefined` object members are omitted (Go's omitempty). */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | RawJson
  | readonly JsonValue[]
  /** A Map keeps its iteration order even for integer-like keys (Go map keys, label names). */
  | ReadonlyMap<string, JsonValue | undefined>
  | { readonly [key: string]: JsonValue | undefined };

const HEX = '0123456789abcdef';

/** jsonString quotes a string as Go's HTML-escaping encoder does; lone surrogates become U+FFFD. */
export function jsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x20) {
      esc = c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    } else if (c === 0x22) esc = '\\"';
    else if (c === 0x5c) esc = '\\\\';
    else if (c === 0x3c) esc = '\\u003c';
    else if (c === 0x3e) esc = '\\u003e';
    else if (c === 0x26) esc = '\\u0026';
    else if (c === 0x2028) esc = '\\u2028';
    else if (c === 0x2029) esc = '\\u2029';
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair passes through untouched
        continue;
      }
      esc = '\\ufffd'; // Go writes each invalid UTF-8 byte as the escape \ufffd
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

/** encodeJson serialises a value; numbers must be finite (Go would fail the same way). */
export function encodeJson(v: JsonValue): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return jsonString(v);
    case 'number':
      return formatJsonNumber(v);
    case 'boolean':
      return v ? 'true' : 'false';
  }
  if (v instanceof RawJson) return v.json;
  if (Array.isArray(v)) return `[${(v as readonly JsonValue[]).map(encodeJson).join(',')}]`;
  const entries = v instanceof Map ? v.entries() : Object.entries(v as { readonly [key: string]: JsonValue | undefined });
  const parts: string[] = [];
  for (const [k, val] of entries as Iterable<[string, JsonValue | undefined]>) {
    if (val === undefined) continue;
    parts.push(`${jsonString(k)}:${encodeJson(val)}`);
  }
  return `{${parts.join(',')}}`;
}

/** goMap orders entries by key bytes, as Go marshals a map. */
export function goMap<T extends JsonValue>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  return new Map([...entries].sort((a, b) => compareStrings(a[0], b[0])));
}
