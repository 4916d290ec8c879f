import { compareStrings } from '../model/labels';

/**
 * Tiny builders for JSON as Go's encoding/json writes it. Values are passed
 * already encoded, so key order is fully ours: `goMap` sorts keys (Go maps),
 * `goStruct` keeps them (Go structs keep declaration order). JavaScript
 * objects cannot do this because they hoist integer-like keys such as "5".
 */

/** goString encodes a string with Go's escapes, including the HTML-safe `<`, `>`, `&`. */
export function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** goMap encodes entries (values already JSON) with keys in byte order, as Go encodes a map. */
export function goMap(entries: Iterable<readonly [string, string]>): string {
  const sorted = [...entries].sort((a, b) => compareStrings(a[0], b[0]));
  return goStruct(sorted);
}

/** goStruct encodes entries (values already JSON) in the given order, as Go encodes a struct. */
export function goStruct(entries: Iterable<readonly [string, string]>): string {
  const parts: string[] = [];
  for (const [k, v] of entries) parts.push(`${goString(k)}:${v}`);
  return `{${parts.join(',')}}`;
}

/** goStringMap encodes a string-to-string map. */
export function goStringMap(entries: Iterable<readonly [string, string]>): string {
  return goMap([...entries].map(([k, v]) => [k, goString(v)] as const));
}

/** goArray encodes already-encoded values. */
export function goArray(values: readonly string[]): string {
  return `[${values.join(',')}]`;
}
