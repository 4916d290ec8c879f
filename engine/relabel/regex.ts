import { compileRegex } from '../model/matchers';

/**
 * relabelRegex compiles a rule's regex fully anchored, as Prometheus's
 * `relabel.NewRegexp` does (`^(?s:...)$`; `compileRegex` already adds the
 * anchors and makes `.` match newlines). Compiled patterns are cached by
 * `compileRegex`, so calling this per rule application is cheap.
 */
export function relabelRegex(pattern: string): RegExp {
  return compileRegex(pattern);
}

/**
 * regexError returns Prometheus's message for a pattern that does not
 * compile, or undefined when it is fine. Go prints the anchored form it
 * compiled; JavaScript's reason text is used because it is all we have
 * (lookarounds and backreferences, which RE2 rejects, are flagged here too).
 */
export function regexError(pattern: string): string | undefined {
  const anchored = `^(?s:${pattern})$`;
  const perl = /\(\?<?[=!]/.exec(pattern);
  if (perl !== null) return `error parsing regexp: invalid or unsupported Perl syntax: \`${perl[0]}\``;
  const backref = /\\[1-9]/.exec(pattern);
  if (backref !== null) return `error parsing regexp: invalid escape sequence: \`${backref[0]}\``;
  try {
    relabelRegex(pattern);
    return undefined;
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : String(e);
    return `error parsing regexp: ${goReason(why.toLowerCase(), pattern, anchored)}`;
  }
}

/** goReason rewords the JavaScript reasons people commonly hit the way RE2 words them. */
function goReason(why: string, pattern: string, anchored: string): string {
  if (why === 'unterminated group') return `missing closing ): \`${anchored}\``;
  if (why === "unmatched ')'") return `unexpected ): \`${anchored}\``;
  if (why === 'unterminated character class') return `missing closing ]: \`${anchored.slice(anchored.indexOf('[', 5))}\``;
  const repeat = /\{\d+(?:,\d*)?\}/.exec(pattern);
  if (why.startsWith('numbers out of order') && repeat !== null) return `invalid repeat count: \`${repeat[0]}\``;
  return `${why}: \`${anchored}\``;
}
