import type { AmMatcher, Labels, PostableSilence } from './apiTypes';
import { parseDuration } from './duration';
import { formatDuration } from './time';

/**
 * The "New silence" form as plain data, and its translation to the JSON
 * Alertmanager's POST /api/v2/silences takes. The form checks only what
 * cannot be sent at all (an unreadable time, a missing author or comment,
 * as Alertmanager's own UI does); matcher mistakes go to the Alertmanager,
 * whose error message the form shows verbatim.
 */

export type MatcherOp = '=' | '!=' | '=~' | '!~';
export const MATCHER_OPS: readonly MatcherOp[] = ['=', '!=', '=~', '!~'];

export interface MatcherRow {
  readonly name: string;
  readonly op: MatcherOp;
  readonly value: string;
}

export interface SilenceDraft {
  /** Set when editing an existing silence (Alertmanager then replaces it). */
  readonly id?: string;
  readonly matchers: readonly MatcherRow[];
  /** UTC times as a datetime-local input holds them: `2026-01-05T06:10:00`. */
  readonly startsAt: string;
  readonly endsAt: string;
  /** A Prometheus duration kept in step with startsAt/endsAt. */
  readonly duration: string;
  readonly createdBy: string;
  readonly comment: string;
}

/** DEFAULT_SILENCE_MS is how long a new silence lasts unless changed (Alertmanager's UI uses 2h too). */
export const DEFAULT_SILENCE_MS = 2 * 3_600_000;

export const EMPTY_ROW: MatcherRow = { name: '', op: '=', value: '' };

/** newDraft starts a silence at the virtual `nowMs`, lasting two hours, with the given matchers. */
export function newDraft(nowMs: number, matchers: readonly MatcherRow[] = [EMPTY_ROW]): SilenceDraft {
  const start = Math.floor(nowMs / 1000) * 1000;
  return { matchers, startsAt: toInputTime(start), endsAt: toInputTime(start + DEFAULT_SILENCE_MS), duration: formatDuration(DEFAULT_SILENCE_MS), createdBy: '', comment: '' };
}

/** rowToMatcher is the API form of one row: `=~` is a regex, `!=`/`!~` are negative (isEqual false). */
export function rowToMatcher(row: MatcherRow): AmMatcher {
  return { name: row.name.trim(), value: row.value, isRegex: row.op.endsWith('~'), isEqual: !row.op.startsWith('!') };
}

/** matcherToRow is the inverse of rowToMatcher (isEqual absent means true, as in older Alertmanagers). */
export function matcherToRow(m: AmMatcher): MatcherRow {
  const negative = m.isEqual === false;
  return { name: m.name, value: m.value, op: m.isRegex ? (negative ? '!~' : '=~') : negative ? '!=' : '=' };
}

/** rowsFromLabels makes one equality matcher per label, for "silence this alert". */
export function rowsFromLabels(labels: Labels): MatcherRow[] {
  return Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => ({ name, op: '=', value }));
}

/** formatMatcher prints a matcher as Alertmanager does: `name=~"value"`. */
export function formatMatcher(m: AmMatcher): string {
  const row = matcherToRow(m);
  return `${m.name}${row.op}${JSON.stringify(m.value)}`;
}

/** formatMatchers prints a matcher list as `{a="1", b=~"x.*"}`, the form ?filter= takes. */
export function formatMatchers(rows: readonly MatcherRow[]): string {
  return `{${rows.map((r) => formatMatcher(rowToMatcher(r))).join(', ')}}`;
}

const MATCHER = /^\s*([^\s=!~"{},]+)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)/;

/** parseMatchers reads `{a="1", b!~"x"}` (braces optional) back into rows; null when it cannot. */
export function parseMatchers(text: string): MatcherRow[] | null {
  let rest = text.trim().replace(/^\{/, '').replace(/\}$/, '').trim();
  const rows: MatcherRow[] = [];
  while (rest !== '') {
    const m = MATCHER.exec(rest);
    if (m === null) return null;
    let value: string;
    try {
      value = JSON.parse(`"${m[3]}"`) as string;
    } catch {
      return null;
    }
    rows.push({ name: m[1]!, op: m[2] as MatcherOp, value });
    rest = rest.slice(m[0].length).trim();
  }
  return rows;
}

export type BuildResult = { readonly ok: true; readonly silence: PostableSilence } | { readonly ok: false; readonly errors: readonly string[] };

/** buildSilence validates the draft's times and required fields and returns the JSON to POST. */
export function buildSilence(d: SilenceDraft): BuildResult {
  const errors: string[] = [];
  const start = fromInputTime(d.startsAt);
  const end = fromInputTime(d.endsAt);
  if (Number.isNaN(start)) errors.push(`start: ${JSON.stringify(d.startsAt)} is not a date and time`);
  if (Number.isNaN(end)) errors.push(`end: ${JSON.stringify(d.endsAt)} is not a date and time`);
  if (d.createdBy.trim() === '') errors.push('creator: required, so others know whom to ask');
  if (d.comment.trim() === '') errors.push('comment: required, say why the alerts are silenced');
  if (errors.length > 0) return { ok: false, errors };
  // Rows left completely empty are the form's spare rows, not matchers.
  const matchers = d.matchers.filter((r) => r.name.trim() !== '' || r.value !== '').map(rowToMatcher);
  return {
    ok: true,
    silence: {
      ...(d.id !== undefined ? { id: d.id } : {}),
      matchers,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(end).toISOString(),
      createdBy: d.createdBy.trim(),
      comment: d.comment,
    },
  };
}

/** withDuration sets the duration and moves the end to match, when the duration reads. */
export function withDuration(d: SilenceDraft, duration: string): SilenceDraft {
  const ms = parseDuration(duration);
  const start = fromInputTime(d.startsAt);
  if (ms === null || Number.isNaN(start)) return { ...d, duration };
  return { ...d, duration, endsAt: toInputTime(start + ms) };
}

/** withTimes sets start and/or end and recomputes the duration between them. */
export function withTimes(d: SilenceDraft, startsAt: string, endsAt: string): SilenceDraft {
  const start = fromInputTime(startsAt);
  const end = fromInputTime(endsAt);
  const duration = Number.isNaN(start) || Number.isNaN(end) || end < start ? d.duration : formatDuration(end - start);
  return { ...d, startsAt, endsAt, duration };
}

/** toInputTime formats ms as a UTC datetime-local value with seconds. */
export function toInputTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** fromInputTime reads a datetime-local value as UTC (the world's zone); NaN when unreadable. */
export function fromInputTime(s: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s.trim())) return NaN;
  return Date.parse(`${s.trim()}Z`);
}
