/**
 * highlightPromQL splits PromQL text into classed tokens for a read-only,
 * monospace rendering (the Rules page shows many expressions, too many
 * for an editor each). Unknown text stays plain; nothing is dropped:
 * joining the tokens' text gives back the input.
 */

export type TokenKind = 'keyword' | 'function' | 'metric' | 'label' | 'string' | 'number' | 'duration' | 'operator' | 'comment' | 'plain';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'offset', 'and', 'or', 'unless', 'atan2', 'sum', 'min', 'max', 'avg', 'count', 'stddev', 'stdvar', 'topk', 'bottomk', 'quantile', 'count_values', 'group', 'limitk', 'limit_ratio']);

const RULES: readonly (readonly [TokenKind, RegExp])[] = [
  ['comment', /^#[^\n]*/],
  ['string', /^("(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|`[^`]*`?)/],
  ['duration', /^\d+(?:ms|[smhdwy])(?:\d+(?:ms|[smhdwy]))*/],
  ['number', /^(?:0x[0-9a-fA-F]+|\d*\.?\d+(?:[eE][+-]?\d+)?|Inf|NaN)/],
  ['operator', /^(?:==|!=|>=|<=|=~|!~|[-+*/%^<>=])/],
  ['plain', /^[\s()[\]{},:@]+/],
];

const IDENT = /^[a-zA-Z_:][a-zA-Z0-9_:.]*/;

/** Keywords whose parenthesised list names labels: `by (job, le)`. */
const GROUPING = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);

/** highlightPromQL tokenizes `expr`; identifiers are told apart by what follows them. */
export function highlightPromQL(expr: string): Token[] {
  const tokens: Token[] = [];
  let braces = 0; // inside {...}: identifiers are label names
  let labelList = 0; // inside by (...) and friends: the same
  let grouping = false; // the last word was a grouping keyword, its list comes next
  let rest = expr;
  while (rest !== '') {
    const ident = IDENT.exec(rest);
    if (ident !== null) {
      const text = ident[0];
      const after = rest.slice(text.length).trimStart();
      const kind: TokenKind = braces > 0 || labelList > 0 ? 'label' : KEYWORDS.has(text.toLowerCase()) ? 'keyword' : after.startsWith('(') ? 'function' : 'metric';
      grouping = kind === 'keyword' && GROUPING.has(text.toLowerCase());
      tokens.push({ kind, text });
      rest = rest.slice(text.length);
      continue;
    }
    let matched = false;
    for (const [kind, re] of RULES) {
      const m = re.exec(rest);
      if (m === null || m[0] === '') continue;
      if (kind === 'plain') {
        for (const ch of m[0]) {
          if (ch === '{') braces++;
          else if (ch === '}') braces = Math.max(0, braces - 1);
          else if (ch === '(' && grouping) labelList++;
          else if (ch === ')' && labelList > 0) labelList--;
          if (!/\s/.test(ch)) grouping = ch === '(' ? false : grouping;
        }
      } else {
        grouping = false;
      }
      tokens.push({ kind, text: m[0] });
      rest = rest.slice(m[0].length);
      matched = true;
      break;
    }
    if (!matched) {
      tokens.push({ kind: 'plain', text: rest[0]! });
      rest = rest.slice(1);
    }
  }
  return tokens;
}
