import { unquoteString } from './go-strings';
import type { ParserCore } from './parser-core';
import { LABEL_NAME_TOKENS } from './tokens';
import { goQuoteRunes } from './go-strings';

/**
 * parseGroupingLabels parses `(a, b, "c.d")` after by/without/on/ignoring/
 * group_left/group_right. Keywords are fine as label names here; quoted
 * names allow UTF-8 label names.
 */
export function parseGroupingLabels(p: ParserCore): string[] {
  if (!p.is('(')) p.unexpectedIn('grouping opts', '"("');
  p.next();
  const labels: string[] = [];
  if (p.accept(')')) return labels;
  for (;;) {
    const tok = p.peek();
    if (LABEL_NAME_TOKENS.has(tok.kind)) {
      labels.push(p.next().text);
    } else if (tok.kind === 'STRING') {
      p.next();
      const name = unquoteString(tok.text);
      if (!isValidLabelName(name)) {
        p.softError({ start: tok.pos, end: tok.end }, `invalid label name for grouping: ${goQuoteRunes(name)}`);
      }
      labels.push(name);
    } else {
      p.unexpectedIn('grouping opts', 'label');
    }
    if (p.accept(')')) return labels;
    if (!p.is(',')) p.unexpectedIn('grouping opts', '"," or ")"');
    p.next();
    if (p.accept(')')) return labels; // a trailing comma is allowed
  }
}

/**
 * isValidLabelName is Prometheus 3's UTF-8 label name rule: non-empty and
 * valid UTF-8 (raw bytes from `\x` escapes are kept as lone surrogates).
 */
function isValidLabelName(name: string): boolean {
  return name !== '' && !/[\uD800-\uDFFF]/u.test(name);
}
