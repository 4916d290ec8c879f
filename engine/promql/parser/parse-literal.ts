import type { NumberLiteral } from '../ast';
import { parseDurationMs } from './durations';
import { parseGoNumber } from './go-numbers';
import type { ParserCore } from './parser-core';
import type { Token } from './tokens';

/** numberLiteral builds the literal of a NUMBER or DURATION token (durations in seconds). */
export function numberLiteral(p: ParserCore, tok: Token): NumberLiteral {
  const pos = { start: tok.pos, end: tok.end };
  if (tok.kind === 'DURATION') {
    const d = parseDurationMs(tok.text);
    if ('error' in d) p.softError(pos, d.error);
    return { kind: 'NumberLiteral', value: 'ms' in d ? d.ms / 1000 : 0, duration: true, pos };
  }
  const n = parseGoNumber(tok.text);
  if ('error' in n) p.softError(pos, `error parsing number: ${n.error}`);
  return { kind: 'NumberLiteral', value: 'value' in n ? n.value : 0, pos };
}
