/**
 * UTF-8 label names in URL paths. Prometheus's "value encoding" escaping
 * writes `U__` then the name with `_` doubled and every other non-legacy
 * character as `_<hex code point>_`; a malformed escape leaves the name as is.
 */

/** unescapeLabelName decodes a `U__…` name, returning the input unchanged when it is malformed. */
export function unescapeLabelName(name: string): string {
  if (!name.startsWith('U__')) return name;
  const s = name.slice(3);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '_') {
      out += s[i];
      continue;
    }
    i++;
    if (i >= s.length) return name;
    if (s[i] === '_') {
      out += '_';
      continue;
    }
    // Upstream gives up on the sixth hex digit, so at most five are accepted.
    let cp = 0;
    let closed = false;
    for (let digits = 0; i < s.length; digits++, i++) {
      if (digits >= 6) return name;
      if (s[i] === '_') {
        closed = true;
        break;
      }
      if (!/^[0-9a-fA-F]$/.test(s[i]!)) return name;
      cp = cp * 16 + parseInt(s[i]!, 16);
    }
    if (!closed || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return name;
    out += String.fromCodePoint(cp);
  }
  return out;
}

/** isValidUtf8LabelName is Prometheus 3's rule: any non-empty valid UTF-8 string (no lone surrogates). */
export function isValidUtf8LabelName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = name.charCodeAt(i + 1);
      if (!(n >= 0xdc00 && n <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
