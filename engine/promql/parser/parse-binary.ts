import type { Cardinality, VectorMatching } from '../ast';
import { numberLiteral } from './parse-literal';
import { parseGroupingLabels } from './parse-grouping';
import type { ParserCore } from './parser-core';

/**
 * parseBinaryModifiers reads what may follow a binary operator, in the
 * order the grammar allows: `bool`, `on(...)`/`ignoring(...)`,
 * `group_left(...)`/`group_right(...)`, then `fill(v)` or
 * `fill_left(v)`/`fill_right(v)` in either order.
 *
 * The matching returned is as written; the type checker later drops it when
 * a side is not a vector and makes set operators many-to-many.
 */
export function parseBinaryModifiers(p: ParserCore): { returnBool: boolean; matching: VectorMatching } {
  const returnBool = p.accept('bool') !== undefined;
  let card: Cardinality = 'one-to-one';
  let labels: string[] = [];
  let on = false;
  let explicit = false;
  let include: string[] = [];
  const matchTok = p.accept('on') ?? p.accept('ignoring');
  if (matchTok !== undefined) {
    explicit = true;
    on = matchTok.kind === 'on';
    labels = parseGroupingLabels(p);
    const groupTok = p.accept('group_left') ?? p.accept('group_right');
    if (groupTok !== undefined) {
      card = groupTok.kind === 'group_left' ? 'many-to-one' : 'one-to-many';
      // `(` right after group_x always opens its label list, never the right-hand side.
      if (p.is('(')) include = parseGroupingLabels(p);
    }
  }
  let fillLeft: number | undefined;
  let fillRight: number | undefined;
  if (p.accept('fill')) {
    fillLeft = fillRight = parseFillValue(p);
  } else if (p.accept('fill_left')) {
    fillLeft = parseFillValue(p);
    if (p.accept('fill_right')) fillRight = parseFillValue(p);
  } else if (p.accept('fill_right')) {
    fillRight = parseFillValue(p);
    if (p.accept('fill_left')) fillLeft = parseFillValue(p);
  }
  const matching: VectorMatching = {
    card,
    labels,
    on,
    explicit,
    include,
    ...(fillLeft !== undefined ? { fillLeft } : {}),
    ...(fillRight !== undefined ? { fillRight } : {}),
  };
  return { returnBool, matching };
}

/** parseFillValue reads `(number)` or `(-number)` after a fill keyword. */
function parseFillValue(p: ParserCore): number {
  p.expect('(');
  const sign = p.accept('-') ?? p.accept('+');
  const tok = p.peek();
  if (tok.kind !== 'NUMBER' && tok.kind !== 'DURATION') p.unexpected();
  p.next();
  const value = numberLiteral(p, tok).value;
  p.expect(')');
  return sign?.kind === '-' ? -value : value;
}
