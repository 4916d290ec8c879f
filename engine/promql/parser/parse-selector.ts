import type { VectorSelector } from '../ast';
import { METRIC_NAME } from '../../model/labels';
import type { LabelMatcher, MatchType } from '../../model/matchers';
import { unquoteString } from './go-strings';
import type { ParserCore } from './parser-core';
import { checkRegex } from './regex-check';
import type { Token } from './tokens';

const MATCH_OPS: ReadonlySet<string> = new Set(['=', '!=', '=~', '!~']);

/**
 * parseSelector parses `name`, `name{matchers}` or `{matchers}`. When the
 * name is written outside the braces, a `__name__` equality matcher is
 * appended after the written ones (as Prometheus does). Quoted bare names
 * inside braces (`{"my.metric"}`) become `__name__` matchers but leave
 * `name` empty.
 */
export function parseSelector(p: ParserCore): VectorSelector {
  const first = p.peek();
  let name = '';
  if (first.kind !== '{') name = p.next().text;
  const matchers = p.is('{') ? parseLabelMatchers(p) : [];
  if (name !== '') matchers.push({ type: '=', name: METRIC_NAME, value: name });
  return { kind: 'VectorSelector', name, matchers, offsetMs: 0, pos: { start: first.pos, end: p.lastEnd } };
}

/** parseLabelMatchers parses `{...}`, trailing comma allowed. */
function parseLabelMatchers(p: ParserCore): LabelMatcher[] {
  p.expect('{');
  const matchers: LabelMatcher[] = [];
  if (p.accept('}')) return matchers;
  for (;;) {
    matchers.push(parseLabelMatcher(p));
    if (p.accept('}')) return matchers;
    if (!p.is(',')) p.unexpectedIn('label matching', '"," or "}"');
    p.next();
    if (p.accept('}')) return matchers;
  }
}

function parseLabelMatcher(p: ParserCore): LabelMatcher {
  const nameTok = p.peek();
  if (nameTok.kind !== 'IDENTIFIER' && nameTok.kind !== 'STRING') p.unexpectedIn('label matching', 'identifier or "}"');
  p.next();
  const name = nameTok.kind === 'STRING' ? unquoteString(nameTok.text) : nameTok.text;
  const opTok = p.peek();
  if (!MATCH_OPS.has(opTok.kind)) {
    // A lone quoted name is the metric name: {"my.metric"}.
    if (nameTok.kind === 'STRING') return { type: '=', name: METRIC_NAME, value: name };
    p.unexpectedIn('label matching', 'label matching operator');
  }
  p.next();
  const valueTok = p.peek();
  if (valueTok.kind !== 'STRING') p.unexpectedIn('label matching', 'string');
  p.next();
  return newMatcher(p, opTok.kind as MatchType, name, nameTok, valueTok);
}

function newMatcher(p: ParserCore, type: MatchType, name: string, nameTok: Token, valueTok: Token): LabelMatcher {
  const value = unquoteString(valueTok.text);
  if (type === '=~' || type === '!~') {
    const err = checkRegex(value);
    if (err !== undefined) p.softError({ start: nameTok.pos, end: valueTok.end }, err);
  }
  return { type, name, value };
}
