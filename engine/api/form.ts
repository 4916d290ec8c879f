import { decodeUtf8Escaped, pushUtf8 } from '../util/utf8';
import { quoteBytes } from './utf8';
import type { FormValues } from './types';

/**
 * Query-string and form-body parsing with Go's net/url semantics, because the
 * API's behaviour on odd input (semicolons, bad escapes) is part of what
 * clients observe.
 */

/** ParsedForm is the values that parsed plus the first error, as url.ParseQuery returns them. */
export interface ParsedForm {
  readonly values: FormValues;
  /** Go's error text for the first bad pair, e.g. `invalid URL escape "%zz"`. */
  readonly error?: string;
}

class Values implements FormValues {
  private readonly map = new Map<string, string[]>();

  add(name: string, value: string): void {
    const list = this.map.get(name);
    if (list) list.push(value);
    else this.map.set(name, [value]);
  }

  get(name: string): string {
    return this.map.get(name)?.[0] ?? '';
  }

  getAll(name: string): readonly string[] {
    return this.map.get(name) ?? [];
  }

  /** appendFrom adds other's values after this one's (body values come before URL values in Go). */
  appendFrom(other: FormValues & { entries(): Iterable<[string, readonly string[]]> }): void {
    for (const [name, list] of other.entries()) for (const v of list) this.add(name, v);
  }

  entries(): Iterable<[string, readonly string[]]> {
    return this.map.entries();
  }
}

/** parseQueryString parses `a=1&b=2` like Go's url.ParseQuery, keeping good pairs after an error. */
export function parseQueryString(query: string): ParsedForm & { values: Values } {
  const values = new Values();
  let error: string | undefined;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    // Go 1.17 stopped treating ';' as a separator and rejects such pairs outright.
    if (pair.includes(';')) {
      error ??= 'invalid semicolon separator in query';
      continue;
    }
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = unescapeQuery(rawKey);
    if (key.error !== undefined) {
      error ??= key.error;
      continue;
    }
    const value = unescapeQuery(rawValue);
    if (value.error !== undefined) {
      error ??= value.error;
      continue;
    }
    values.add(key.text, value.text);
  }
  return { values, error };
}

/**
 * unescapeQuery decodes `+` and `%XX` like Go's url.QueryUnescape. Bytes are
 * decoded as UTF-8; see decodeUtf8Escaped for bytes that are not.
 */
export function unescapeQuery(s: string): { text: string; error?: string } {
  if (!s.includes('%') && !s.includes('+')) return { text: s };
  const bad = /%(?![0-9a-fA-F]{2})/.exec(s);
  if (bad) return { text: '', error: `invalid URL escape ${quoteBytes(s.slice(bad.index, bad.index + 3))}` };
  try {
    // Fast path; it throws only on invalid UTF-8, which the byte loop below handles.
    return { text: decodeURIComponent(s.replace(/\+/g, ' ')) };
  } catch {
    // fall through
  }
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 /* % */) {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        return { text: '', error: `invalid URL escape ${quoteBytes(s.slice(i, i + 3))}` };
      }
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c === 0x2b /* + */) {
      bytes.push(0x20);
    } else {
      // Re-encode the literal character so multi-byte text survives the byte round trip.
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      pushUtf8(bytes, cp);
    }
  }
  return { text: decodeUtf8Escaped(bytes) };
}

/** unescapePath decodes `%XX` in a URL path (no `+` rule), or returns undefined when malformed. */
export function unescapePath(s: string): string | undefined {
  if (!s.includes('%')) return s;
  const r = unescapeQuery(s.replace(/\+/g, '%2B'));
  return r.error === undefined ? r.text : undefined;
}

/**
 * requestForm merges a form body and the URL query the way Go's
 * Request.ParseForm does: body values first, so FormValue prefers them.
 * The body is read only for form-encoded POST/PUT/PATCH requests.
 */
export function requestForm(method: string, contentType: string | undefined, body: string, rawQuery: string): ParsedForm {
  const merged = new Values();
  let error: string | undefined;
  if ((method === 'POST' || method === 'PUT' || method === 'PATCH') && isFormContentType(contentType)) {
    const b = parseQueryString(body);
    merged.appendFrom(b.values);
    error = b.error;
  }
  const q = parseQueryString(rawQuery);
  merged.appendFrom(q.values);
  return { values: merged, error: error ?? q.error };
}

function isFormContentType(ct: string | undefined): boolean {
  if (ct === undefined) return false;
  return ct.split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}
