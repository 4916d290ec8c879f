/**
 * goToLower / goToUpper map case like Go's strings.ToLower/ToUpper, which
 * use Unicode's simple one-to-one mappings per code point. JavaScript's
 * String#toLowerCase uses full, context-sensitive mappings ('ß' → "SS",
 * final sigma, 'İ' → "i̇"), so it is applied one code point at a time and
 * expansions are reduced to what the simple mapping gives.
 */
export function goToLower(s: string): string {
  // Only U+0130 expands when lowercased; its simple mapping is the first code point, 'i'.
  if (isAscii(s)) return s.toLowerCase();
  return mapCodePoints(s, (ch) => firstCodePoint(ch.toLowerCase()));
}

export function goToUpper(s: string): string {
  // Characters whose uppercase expands (ß, ŉ, ligatures...) have no simple mapping in Go: left as they are.
  if (isAscii(s)) return s.toUpperCase();
  return mapCodePoints(s, (ch) => {
    const up = ch.toUpperCase();
    return [...up].length === 1 ? up : ch;
  });
}

/** ASCII-only strings are the common case and map the same either way. */
function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

function mapCodePoints(s: string, f: (ch: string) => string): string {
  let out = '';
  for (const ch of s) out += f(ch);
  return out;
}

function firstCodePoint(s: string): string {
  return String.fromCodePoint(s.codePointAt(0)!);
}
