import { newPanel, PANEL_TABS, type PanelState, type PanelTab } from '../panels/panelState';
import { formatIncident, parseIncident, type EmbedIncident } from '../embed/embedParams';
import { formatDuration, parseDuration } from '../panels/timeFormat';

/**
 * The playground's state as URL query parameters, in the style of
 * Prometheus's own graph URLs: per panel `g0.expr`, `g0.tab`,
 * `g0.range_input=1h`, `g0.end_input=<ms>` (fixed graph end; absent = live),
 * `g0.res_step=15` (seconds), `g0.display_mode=stacked`, `g0.y_from_zero=1`,
 * `g0.moment=<ms>` (table evaluation time); for the page `speed=60`,
 * `paused=1` (the virtual clock) and `seed=7` (the world).
 * Pure: no DOM, so the codec is unit-tested on its own.
 */

/** ClockSetting is the clock part of a shared link; absent fields leave the clock as it is. */
export interface ClockSetting {
  readonly speed?: number;
  readonly paused?: boolean;
}

export interface PageState {
  readonly panels: readonly PanelState[];
  readonly clock: ClockSetting;
  /** The world's seed; absent = whatever world the tab runs. */
  readonly seed?: number;
  /** A lesson whose world to set up (`track/lesson`, from a lesson's "open in the playground" link); it wins over `seed`. */
  readonly lesson?: string;
  /**
   * The world to build, from a shared link: its history and the incidents
   * staged in it (times from the world's start), with `seed`. Absent: the
   * tab's own world.
   */
  readonly world?: WorldRecipe;
}

/** WorldRecipe is a world in a link: `history=2h&incident=error-burst@70m+10m`. */
export interface WorldRecipe {
  readonly historyMs?: number;
  readonly incidents: readonly EmbedIncident[];
}

export interface Decoded {
  readonly state: PageState;
  /** One readable sentence per parameter that was ignored because its value is unusable. */
  readonly notices: readonly string[];
}

/** The longest graph range a link may ask for: a week of virtual time. */
const MAX_RANGE_MS = 7 * 86_400_000;
/** At most this many panels are read from a link, so a crafted URL cannot freeze the page. */
export const MAX_PANELS = 20;

export { parseDuration };

/** encodeState writes the page state as a query string (without the leading `?`). */
export function encodeState(s: PageState): string {
  const q = new URLSearchParams();
  s.panels.forEach((p, i) => {
    const g = `g${i}.`;
    q.set(`${g}expr`, p.expr);
    q.set(`${g}tab`, p.tab);
    q.set(`${g}range_input`, formatDuration(p.rangeMs));
    if (p.endMs !== null) q.set(`${g}end_input`, String(p.endMs));
    if (p.stepMs !== null) q.set(`${g}res_step`, String(p.stepMs / 1000));
    if (p.stacked) q.set(`${g}display_mode`, 'stacked');
    if (p.yFromZero) q.set(`${g}y_from_zero`, '1');
    if (p.timeMs !== null) q.set(`${g}moment`, String(p.timeMs));
  });
  if (s.clock.speed !== undefined) q.set('speed', String(s.clock.speed));
  if (s.clock.paused !== undefined) q.set('paused', s.clock.paused ? '1' : '0');
  if (s.seed !== undefined) q.set('seed', String(s.seed));
  if (s.lesson !== undefined) q.set('lesson', s.lesson);
  if (s.world?.historyMs !== undefined) q.set('history', formatDuration(s.world.historyMs));
  for (const i of s.world?.incidents ?? []) q.append('incident', formatIncident(i));
  return q.toString();
}

/** panelIndexes lists the N of every `gN.expr` present, ascending (gaps allowed: a hand-edited link still works). */
function panelIndexes(q: URLSearchParams): number[] {
  const found = new Set<number>();
  for (const key of q.keys()) {
    const m = /^g(\d{1,4})\.expr$/.exec(key);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** The shape of a lesson id, `NN-track/NN-lesson`; whether it exists is checked when its world is loaded. */
const LESSON_ID = /^\d{2}-[a-z0-9-]{1,60}\/\d{2}-[a-z0-9-]{1,60}$/;

/** A link's world may ask for at most a day of history (it is simulated on load) and a few incidents. */
const MAX_HISTORY_MS = 24 * 3600_000;
const MAX_INCIDENTS = 5;

/** A time in ms since the epoch within years 2000…2200: anything else is a typo. */
function readTimeMs(text: string): number | undefined {
  const n = Number(text);
  return text !== '' && Number.isInteger(n) && n >= 946_684_800_000 && n <= 7_258_118_400_000 ? n : undefined;
}

/**
 * decodeState reads the state back. Unusable values are dropped (the field
 * keeps its default) and reported in `notices`; parameters the playground does
 * not know are left alone. Never throws.
 */
export function decodeState(search: string): Decoded {
  const q = new URLSearchParams(search);
  const notices: string[] = [];
  const bad = (key: string, value: string, why: string) => notices.push(`Ignored ${key}=${JSON.stringify(value.slice(0, 60))}: ${why}.`);

  const indexes = panelIndexes(q);
  if (indexes.length > MAX_PANELS) notices.push(`Only the first ${MAX_PANELS} of ${indexes.length} panels were opened.`);
  const panels = indexes.slice(0, MAX_PANELS).map((i) => {
    const key = (k: string) => `g${i}.${k}`;
    const read = <T,>(k: string, parse: (v: string) => T | undefined, why: string): T | undefined => {
      const v = q.get(key(k));
      if (v === null) return undefined;
      const out = parse(v);
      if (out === undefined) bad(key(k), v, why);
      return out;
    };
    const tab = read<PanelTab>('tab', (v) => (PANEL_TABS as readonly string[]).includes(v) ? (v as PanelTab) : undefined, 'the tabs are table, graph and explain');
    const rangeMs = read('range_input', (v) => { const d = parseDuration(v); return d !== undefined && d <= MAX_RANGE_MS ? d : undefined; }, 'give a duration such as 15m or 1h, at most 1w');
    const endMs = read('end_input', readTimeMs, 'give a time in ms since the epoch');
    const stepMs = read('res_step', (v) => { const n = Number(v); return v !== '' && n >= 0.001 && n <= 86_400 ? Math.round(n * 1000) : undefined; }, 'give a step in seconds between 0.001 and 86400');
    const mode = read('display_mode', (v) => (v === 'stacked' || v === 'lines' ? v : undefined), 'use stacked or lines');
    const yFromZero = read('y_from_zero', (v) => (v === '1' || v === '0' ? v === '1' : undefined), 'use 1 or 0');
    const timeMs = read('moment', readTimeMs, 'give a time in ms since the epoch');
    return newPanel(q.get(key('expr')) ?? '', {
      ...(tab !== undefined ? { tab } : {}),
      ...(rangeMs !== undefined ? { rangeMs } : {}),
      ...(endMs !== undefined ? { endMs } : {}),
      ...(stepMs !== undefined ? { stepMs } : {}),
      stacked: mode === 'stacked',
      yFromZero: yFromZero ?? false,
      ...(timeMs !== undefined ? { timeMs } : {}),
    });
  });

  const readPage = <T,>(k: string, parse: (v: string) => T | undefined, why: string): T | undefined => {
    const v = q.get(k);
    if (v === null) return undefined;
    const out = parse(v);
    if (out === undefined) bad(k, v, why);
    return out;
  };
  const speed = readPage('speed', (v) => { const n = Number(v); return v !== '' && n >= 1 && n <= 3600 ? n : undefined; }, 'the speed is a number from 1 to 3600');
  const paused = readPage('paused', (v) => (v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : undefined), 'use 1 or 0');
  const seed = readPage('seed', (v) => { const n = Number(v); return v !== '' && Number.isSafeInteger(n) && n >= 0 ? n : undefined; }, 'the seed is a whole number, 0 or more');
  const historyMs = readPage('history', (v) => { const d = parseDuration(v); return d !== undefined && d >= 60_000 && d <= MAX_HISTORY_MS ? d : undefined; }, 'give a history between 1m and 24h, e.g. 2h');
  const incidents: EmbedIncident[] = [];
  for (const v of q.getAll('incident')) {
    const r = parseIncident(v);
    if (typeof r === 'string') notices.push(`Ignored ${r}.`);
    else if (incidents.length >= MAX_INCIDENTS) notices.push(`Ignored incident=${JSON.stringify(v.slice(0, 60))}: at most ${MAX_INCIDENTS} incidents.`);
    else incidents.push(r);
  }
  const world = historyMs !== undefined || incidents.length > 0 ? { ...(historyMs !== undefined ? { historyMs } : {}), incidents } : undefined;
  const lesson = readPage('lesson', (v) => (LESSON_ID.test(v) ? v : undefined), 'a lesson is named track/lesson, e.g. 02-collection/02-staleness');

  return {
    state: {
      panels,
      clock: { ...(speed !== undefined ? { speed } : {}), ...(paused !== undefined ? { paused } : {}) },
      ...(seed !== undefined ? { seed } : {}),
      ...(lesson !== undefined ? { lesson } : {}),
      ...(world !== undefined ? { world } : {}),
    },
    notices,
  };
}
