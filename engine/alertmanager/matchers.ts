/**
 * Alertmanager's matcher syntax (`severity="critical"`, `alertname=~"A|B"`,
 * unquoted values allowed), used in routes, inhibit rules, API filters and
 * amtool. The rules follow Alertmanager's classic parser: a matcher is
 * `name op value`, the value may be wrapped in double quotes, `\"`, `\\` and
 * `\n` are the only escapes, and a list may be wrapped in braces and split by
 * commas outside quotes.
 */
import { compareStrings, goQuote } from '../model/labels';
import { compileMatcher, compileRegex, type CompiledMatcher, type LabelMatcher, type MatchType } from '../model/matchers';
import type { LabelSet } from './types';

const MATCHER = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(=~|=|!=|!~)\s*([\s\S]*?)\s*$/;

/** parseMatcher reads one matcher; errors use Alertmanager's wording. */
export function parseMatcher(text: string): CompiledMatcher {
  const m = MATCHER.exec(text);
  if (m === null) throw new Error(`bad matcher format: ${text}`);
  const raw = m[3]!;
  let rest = raw;
  let expectQuote = false;
  if (rest.startsWith('"')) {
    rest = rest.slice(1);
    expectQuote = true;
  }
  let value = '';
  let escaped = false;
  const chars = [...rest];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (escaped) {
      escaped = false;
      if (ch === 'n') value += '\n';
      else if (ch === '"' || ch === '\\') value += ch;
      else value += '\\' + ch; // a spurious escape keeps its backslash
      continue;
    }
    if (ch === '\\') {
      if (i < chars.length - 1) escaped = true;
      else value += '\\';
    } else if (ch === '"') {
      if (!expectQuote || i < chars.length - 1) throw new Error(`matcher value contains unescaped double quote: ${raw}`);
      expectQuote = false;
    } else value += ch;
  }
  if (expectQuote) throw new Error(`matcher value contains unescaped double quote: ${raw}`);
  return newMatcher(m[2] as MatchType, m[1]!, value);
}

/** parseMatchers reads `{a="1", b=~"2"}` or `a="1",b=~"2"` into matchers. */
export function parseMatchers(text: string): CompiledMatcher[] {
  let s = text.startsWith('{') ? text.slice(1) : text;
  if (s.endsWith('}')) s = s.slice(0, -1);
  const tokens: string[] = [];
  let token = '';
  let inQuotes = false;
  let escaped = false;
  for (const ch of s) {
    if (ch === ',' && !inQuotes) {
      tokens.push(token);
      token = '';
      continue;
    }
    if (ch === '"') {
      if (!escaped) inQuotes = !inQuotes;
      else escaped = false;
    } else if (ch === '\\') escaped = !escaped;
    else escaped = false;
    token += ch;
  }
  if (token.trim() !== '') tokens.push(token.trim());
  return tokens.map(parseMatcher);
}

/** newMatcher builds a matcher, compiling regexes as Alertmanager does (fully anchored). */
export function newMatcher(type: MatchType, name: string, value: string): CompiledMatcher {
  if (type === '=~' || type === '!~') {
    try {
      compileRegex(value);
    } catch (e) {
      throw new Error(`error parsing regexp: ${(e as Error).message}`);
    }
  }
  return compileMatcher({ type, name, value });
}

/** matcherString prints `name="value"` as Alertmanager's Matcher.String does. */
export function matcherString(m: LabelMatcher): string {
  return `${m.name}${m.type}${goQuote(m.value)}`;
}

/** matchersString prints a list as `{a="1",b=~"2"}` — the form inside route keys. */
export function matchersString(ms: readonly LabelMatcher[]): string {
  return `{${ms.map(matcherString).join(',')}}`;
}

const TYPE_ORDER: Record<MatchType, number> = { '=': 0, '!=': 1, '=~': 2, '!~': 3 };

/** sortMatchers orders matchers by name, then value, then type, as Alertmanager sorts route matchers. */
export function sortMatchers<M extends LabelMatcher>(ms: M[]): M[] {
  return ms.sort(
    (a, b) => compareStrings(a.name, b.name) || compareStrings(a.value, b.value) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type],
  );
}

/** matchesLabelSet reports whether every matcher accepts the label set (absent labels read as ''). */
export function matchesLabelSet(ms: readonly CompiledMatcher[], labels: LabelSet): boolean {
  for (const m of ms) if (!m.matches(labels[m.name] ?? '')) return false;
  return true;
}
