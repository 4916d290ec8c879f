// Leaf modules, not the engine's index: embeds run on the main thread and must not pull in the whole engine.
import { formatDuration, parseDuration } from '@/engine/util/duration';
import { INCIDENT_KINDS, type IncidentKind } from '@/engine/world/incident-kinds';
import { UNITS, type Unit } from '../dashboards/units';
import type { WorldSetup } from '../system/protocol';

/**
 * The URL parameters of the embeddable views (/embed/query, /embed/panel,
 * /embed/dashboard, /embed/exercise), parsed and validated in one place.
 * Every value is checked against a closed set or a pattern; anything else
 * becomes a visible message and the parameter's default, never markup or
 * code. The same module writes URLs, so "Share / Embed" links round-trip.
 */

export type EmbedKind = 'query' | 'panel' | 'dashboard' | 'exercise';
export type EmbedView = 'graph' | 'table' | 'explain';
export type EmbedTheme = 'light' | 'dark' | 'auto';
export const PANEL_TYPES = ['timeseries', 'stat', 'gauge', 'bargauge', 'table', 'heatmap'] as const;
export type EmbedPanelType = (typeof PANEL_TYPES)[number];
export const DASHBOARD_NAMES = ['golden-signals', 'ml-serving', 'node-overview', 'batch-jobs'] as const;
export const EMBED_VIEWS: readonly EmbedView[] = ['graph', 'table', 'explain'];

/** An incident staged in the embed's world: `kind[:target][@start][+duration]`, times from the world's start. */
export interface EmbedIncident {
  readonly kind: IncidentKind;
  readonly target?: string;
  readonly startMs?: number;
  readonly durationMs?: number;
}

export interface EmbedConfig {
  readonly query: string;
  readonly view: EmbedView;
  /** Graph range, ms. */
  readonly rangeMs: number;
  /** Show the PromQL editor (else only the result). */
  readonly editor: boolean;
  /** Read-only: no editing, no clock or incident controls. */
  readonly readOnly: boolean;
  readonly theme: EmbedTheme;
  /** Fixed height in px, or 'auto' (the frame reports its height with postMessage). */
  readonly height: number | 'auto';
  readonly seed: number;
  /** Simulated history before the view shows, ms. */
  readonly historyMs: number;
  readonly incidents: readonly EmbedIncident[];
  readonly panel: { readonly type: EmbedPanelType; readonly title: string; readonly unit: Unit; readonly legend: string };
  readonly dashboard: (typeof DASHBOARD_NAMES)[number];
  readonly lesson: string;
  readonly exercise: string;
}

export const EMBED_DEFAULTS: EmbedConfig = {
  query: 'sum by (code) (rate(http_requests_total[5m]))',
  view: 'graph',
  rangeMs: 3600_000,
  editor: true,
  readOnly: false,
  theme: 'auto',
  height: 'auto',
  seed: 1,
  historyMs: 3600_000,
  incidents: [],
  panel: { type: 'timeseries', title: '', unit: 'short', legend: '' },
  dashboard: 'golden-signals',
  lesson: '',
  exercise: '',
};

/** Bounds that keep an embed cheap for the page that hosts it. */
const MAX_QUERY_CHARS = 2000;
const MAX_RANGE_MS = 7 * 86_400_000;
const MAX_HISTORY_MS = 24 * 3600_000;
const MAX_INCIDENTS = 5;
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 2000;
/** The Grafana unit ids the panels format. */
const UNIT_IDS: readonly Unit[] = UNITS.map((u) => u.id);
/** Lesson and exercise ids are path slugs. */
const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,63}(\/[a-z0-9][a-z0-9-]{0,63})?$/;
const TARGET_RE = /^[A-Za-z0-9_.:-]{1,80}$/;

export interface ParsedEmbed {
  readonly config: EmbedConfig;
  /** One readable line per rejected parameter; the view shows them. */
  readonly problems: readonly string[];
}

function bool(v: string): boolean | undefined {
  if (v === '1' || v === 'true' || v === '') return true;
  if (v === '0' || v === 'false') return false;
  return undefined;
}

function duration(name: string, v: string, max: number, problems: string[]): number | undefined {
  try {
    const ms = parseDuration(v);
    if (ms <= 0 || ms > max) {
      problems.push(`${name}: ${JSON.stringify(v)} is out of range (1s to ${formatDuration(max)})`);
      return undefined;
    }
    return ms;
  } catch {
    problems.push(`${name}: ${JSON.stringify(v)} is not a duration (use e.g. 30m, 1h, 1d)`);
    return undefined;
  }
}

/** parseIncident reads `kind[:target][@start][+duration]`, e.g. `error-burst:api@40m+10m`. */
export function parseIncident(v: string): EmbedIncident | string {
  const m = /^([a-z-]+)(?::([^@+]+))?(?:@([0-9a-z]+))?(?:\+([0-9a-z]+))?$/.exec(v);
  if (m === null) return `incident: ${JSON.stringify(v)} is not kind[:target][@start][+duration] (e.g. instance-down:node-3@30m+10m)`;
  const kind = m[1]!;
  if (!Object.prototype.hasOwnProperty.call(INCIDENT_KINDS, kind)) {
    return `incident: unknown kind ${JSON.stringify(kind)} (one of ${Object.keys(INCIDENT_KINDS).join(', ')})`;
  }
  if (m[2] !== undefined && !TARGET_RE.test(m[2])) return `incident: bad target ${JSON.stringify(m[2])}`;
  const out: { kind: IncidentKind; target?: string; startMs?: number; durationMs?: number } = { kind: kind as IncidentKind };
  if (m[2] !== undefined) out.target = m[2];
  try {
    if (m[3] !== undefined) out.startMs = parseDuration(m[3]);
    if (m[4] !== undefined) out.durationMs = parseDuration(m[4]);
  } catch {
    return `incident: ${JSON.stringify(v)} has a bad start or duration (use e.g. @30m+10m)`;
  }
  return out;
}

/** formatIncident writes an incident as `kind[:target][@start][+duration]` (the inverse of parseIncident). */
export function formatIncident(i: EmbedIncident): string {
  return `${i.kind}${i.target !== undefined ? ':' + i.target : ''}${i.startMs !== undefined ? '@' + formatDuration(i.startMs) : ''}${i.durationMs !== undefined ? '+' + formatDuration(i.durationMs) : ''}`;
}

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[], problems: string[]): T | undefined {
  if ((allowed as readonly string[]).includes(v)) return v as T;
  problems.push(`${name}: ${JSON.stringify(v.slice(0, 40))} is not one of ${allowed.join(', ')}`);
  return undefined;
}

const KNOWN = new Set(['query', 'view', 'range', 'editor', 'readonly', 'theme', 'height', 'seed', 'history', 'incident', 'type', 'title', 'unit', 'legend', 'name', 'lesson', 'exercise']);

/** parseEmbedParams validates every parameter; bad ones keep their defaults and add a problem line. */
export function parseEmbedParams(params: URLSearchParams): ParsedEmbed {
  const problems: string[] = [];
  const c: { -readonly [K in keyof EmbedConfig]: EmbedConfig[K] } = { ...EMBED_DEFAULTS, panel: { ...EMBED_DEFAULTS.panel } };
  const incidents: EmbedIncident[] = [];
  const panel: { type: EmbedPanelType; title: string; unit: Unit; legend: string } = { ...EMBED_DEFAULTS.panel };
  for (const [k, v] of params) {
    switch (k) {
      case 'query':
        if (v.length > MAX_QUERY_CHARS) problems.push(`query: longer than ${MAX_QUERY_CHARS} characters`);
        else if (v.trim() === '') problems.push('query: empty');
        else c.query = v;
        break;
      case 'view':
        c.view = oneOf('view', v, EMBED_VIEWS, problems) ?? c.view;
        break;
      case 'range':
        c.rangeMs = duration('range', v, MAX_RANGE_MS, problems) ?? c.rangeMs;
        break;
      case 'history':
        c.historyMs = duration('history', v, MAX_HISTORY_MS, problems) ?? c.historyMs;
        break;
      case 'editor':
      case 'readonly': {
        const b = bool(v);
        if (b === undefined) problems.push(`${k}: ${JSON.stringify(v.slice(0, 20))} is not 1, 0, true or false`);
        else if (k === 'editor') c.editor = b;
        else c.readOnly = b;
        break;
      }
      case 'theme':
        c.theme = oneOf<EmbedTheme>('theme', v, ['light', 'dark', 'auto'], problems) ?? c.theme;
        break;
      case 'height':
        if (v === 'auto') c.height = 'auto';
        else if (/^\d{1,4}$/.test(v) && Number(v) >= MIN_HEIGHT && Number(v) <= MAX_HEIGHT) c.height = Number(v);
        else problems.push(`height: ${JSON.stringify(v.slice(0, 20))} is not auto or a number of pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}`);
        break;
      case 'seed':
        if (/^\d{1,9}$/.test(v)) c.seed = Number(v);
        else problems.push(`seed: ${JSON.stringify(v.slice(0, 20))} is not a whole number`);
        break;
      case 'incident': {
        const r = parseIncident(v.slice(0, 200));
        if (typeof r === 'string') problems.push(r);
        else if (incidents.length >= MAX_INCIDENTS) problems.push(`incident: at most ${MAX_INCIDENTS}`);
        else incidents.push(r);
        break;
      }
      case 'type':
        panel.type = oneOf('type', v, PANEL_TYPES, problems) ?? panel.type;
        break;
      case 'title':
        // Shown as text only; the bound keeps the header one line.
        panel.title = v.slice(0, 120);
        break;
      case 'unit':
        panel.unit = oneOf('unit', v, UNIT_IDS, problems) ?? panel.unit;
        break;
      case 'legend':
        panel.legend = v.slice(0, 200);
        break;
      case 'name':
        c.dashboard = oneOf('name', v, DASHBOARD_NAMES, problems) ?? c.dashboard;
        break;
      case 'lesson':
      case 'exercise':
        if (SLUG_RE.test(v)) c[k] = v;
        else problems.push(`${k}: ${JSON.stringify(v.slice(0, 40))} is not a lesson or exercise id`);
        break;
      default:
        if (!KNOWN.has(k)) problems.push(`unknown parameter ${JSON.stringify(k.slice(0, 40))} (ignored)`);
    }
  }
  c.incidents = incidents;
  c.panel = panel;
  return { config: c, problems };
}

/** embedWorldSetup is the world an embed runs in: same parameters, same data. */
export function embedWorldSetup(c: EmbedConfig, worldStartMs: number): WorldSetup {
  return {
    seed: c.seed,
    historyMs: c.historyMs,
    incidents: incidentSetups(c.incidents, worldStartMs),
  };
}

/** incidentSetups turns link incidents (times from the world's start) into a setup's incidents. */
export function incidentSetups(incidents: readonly EmbedIncident[], worldStartMs: number): NonNullable<WorldSetup['incidents']> {
  return incidents.map((i) => ({
    kind: i.kind,
    options: {
      ...(i.target !== undefined ? { target: i.target } : {}),
      ...(i.startMs !== undefined ? { atMs: worldStartMs + i.startMs } : {}),
      ...(i.durationMs !== undefined ? { durationMs: i.durationMs } : {}),
    },
  }));
}

/** embedSearch writes the parameters that differ from the defaults (the inverse of parseEmbedParams). */
export function embedSearch(kind: EmbedKind, c: EmbedConfig): string {
  const p = new URLSearchParams();
  const d = EMBED_DEFAULTS;
  if (kind === 'query' || kind === 'panel') p.set('query', c.query);
  if (kind === 'query' && c.view !== d.view) p.set('view', c.view);
  if ((kind === 'query' || kind === 'panel' || kind === 'dashboard') && c.rangeMs !== d.rangeMs) p.set('range', formatDuration(c.rangeMs));
  if (kind === 'query' && c.editor !== d.editor) p.set('editor', c.editor ? '1' : '0');
  if (c.readOnly !== d.readOnly) p.set('readonly', c.readOnly ? '1' : '0');
  if (c.theme !== d.theme) p.set('theme', c.theme);
  if (c.height !== d.height) p.set('height', String(c.height));
  if (c.seed !== d.seed) p.set('seed', String(c.seed));
  if (c.historyMs !== d.historyMs) p.set('history', formatDuration(c.historyMs));
  for (const i of c.incidents) p.append('incident', formatIncident(i));
  if (kind === 'panel') {
    if (c.panel.type !== d.panel.type) p.set('type', c.panel.type);
    if (c.panel.title !== '') p.set('title', c.panel.title);
    if (c.panel.unit !== d.panel.unit) p.set('unit', c.panel.unit);
    if (c.panel.legend !== '') p.set('legend', c.panel.legend);
  }
  if (kind === 'dashboard') p.set('name', c.dashboard);
  if (kind === 'exercise') {
    p.set('lesson', c.lesson);
    p.set('exercise', c.exercise);
  }
  const s = p.toString();
  return s === '' ? '' : '?' + s;
}

/** iframeSnippet is the HTML a docs author pastes; every attribute value is escaped. */
export function iframeSnippet(src: string, title: string, height: number | 'auto'): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const h = height === 'auto' ? 420 : height;
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${h}" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin"></iframe>`;
}
