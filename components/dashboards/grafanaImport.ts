import { DEFAULT_TIMESERIES, PANEL_TYPES, type Dashboard, type DashboardRow, type LegendCalc, type Panel, type PanelQuery, type PanelType, type TimeSeriesOptions, type ValueMapping, type Variable } from './model';
import { asUnit, type ThresholdStep } from './units';

/**
 * importGrafana reads a Grafana dashboard JSON (schema of Grafana 8–11:
 * `panels` with `gridPos`, `targets[].expr`, `legendFormat`, `fieldConfig`,
 * `templating`, rows with nested panels when collapsed; also the API's
 * `{dashboard: …}` wrapper and the old `graph`/`singlestat` types) into the
 * app's model. The JSON is untrusted: every field is type-checked, sizes are
 * capped, nothing is executed and no text is ever treated as HTML. Panel
 * types it cannot draw stay as named placeholders.
 */

/** ImportError is a user-facing reason the JSON is not a dashboard. */
export class ImportError extends Error {}

const MAX_PANELS = 300;
const MAX_TEXT = 20_000;

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown, dflt = ''): string => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : typeof v === 'number' ? String(v) : dflt);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const bool = (v: unknown): boolean => v === true;

/** Grafana's old names for today's panel types. */
const ALIASES: Readonly<Record<string, PanelType>> = { graph: 'timeseries', singlestat: 'stat', 'grafana-singlestat-panel': 'stat', 'bar-gauge': 'bargauge' };

/** parseDurationMs reads Grafana's `30s`, `5m`, `1h`, `1d`; NaN when it is not one. */
export function parseDurationMs(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/.exec(s.trim());
  if (!m) return NaN;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'ms'];
  return Math.round(Number(m[1]) * unit);
}

/** importGrafanaText parses text then imports it; JSON syntax errors become an ImportError with the parser's message. */
export function importGrafanaText(text: string): Dashboard {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`Not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return importGrafana(json);
}

export function importGrafana(json: unknown): Dashboard {
  if (!isObj(json)) throw new ImportError('A Grafana dashboard is a JSON object, with "panels" and a "title".');
  const d = isObj(json.dashboard) ? json.dashboard : json;
  if (!Array.isArray(d.panels) && !Array.isArray(d.rows)) throw new ImportError('No "panels" array: this does not look like a Grafana dashboard (Grafana 8 or newer).');
  const flat = arr(d.panels).filter(isObj);
  if (flat.length > MAX_PANELS) throw new ImportError(`Too many panels (${flat.length}); at most ${MAX_PANELS}.`);
  const from = str(obj(d.time).from, 'now-1h');
  const rangeMs = parseDurationMs(from.replace(/^now-/, ''));
  const refreshMs = parseDurationMs(str(d.refresh));
  return {
    uid: str(d.uid).replace(/[^\w-]/g, '').slice(0, 40) || 'imported',
    title: str(d.title, 'Imported dashboard') || 'Imported dashboard',
    description: str(d.description),
    tags: arr(d.tags).filter((t): t is string => typeof t === 'string'),
    ...(Number.isFinite(rangeMs) ? { rangeMs } : {}),
    refreshMs: Number.isFinite(refreshMs) ? refreshMs : 0,
    variables: arr(obj(d.templating).list).filter(isObj).map(variable).filter((v): v is Variable => v !== null),
    rows: rows(flat),
  };
}

/** rows walks the panels in grid order; a row panel starts a row, a collapsed one carries its own panels. */
function rows(flat: readonly Obj[]): DashboardRow[] {
  const pos = (p: Obj) => [num(obj(p.gridPos).y) ?? 0, num(obj(p.gridPos).x) ?? 0] as const;
  const sorted = flat.map((p, i) => ({ p, i })).sort((a, b) => {
    const [ay, ax] = pos(a.p);
    const [by, bx] = pos(b.p);
    return ay - by || ax - bx || a.i - b.i;
  });
  const out: { title: string; collapsed: boolean; panels: Panel[] }[] = [];
  let current: { title: string; collapsed: boolean; panels: Panel[] } | null = null;
  let seq = 0;
  for (const { p } of sorted) {
    if (p.type === 'row') {
      current = { title: str(p.title, 'Row') || 'Row', collapsed: bool(p.collapsed), panels: arr(p.panels).filter(isObj).map((q) => panel(q, seq++)) };
      out.push(current);
    } else {
      if (!current) {
        current = { title: '', collapsed: false, panels: [] };
        out.push(current);
      }
      current.panels.push(panel(p, seq++));
    }
  }
  return out.map((r) => (r.collapsed ? r : { title: r.title, panels: r.panels }));
}

function panel(p: Obj, seq: number): Panel {
  const rawType = str(p.type);
  const type: PanelType | undefined = ALIASES[rawType] ?? ((PANEL_TYPES as readonly string[]).includes(rawType) ? (rawType as PanelType) : undefined);
  const grid = obj(p.gridPos);
  const defaults = obj(obj(p.fieldConfig).defaults);
  const custom = obj(defaults.custom);
  const options = obj(p.options);
  const legacyUnit = str(obj(arr(p.yaxes)[0]).format) || str(p.format);
  const thresholds = thresholdSteps(defaults.thresholds);
  const calcs = legendCalcs(obj(options.legend).calcs);
  const mappings = valueMappings(defaults.mappings);
  const min = num(defaults.min);
  const max = num(defaults.max);
  const decimals = num(defaults.decimals);
  return {
    id: str(p.id).replace(/[^\w-]/g, '') || `panel-${seq + 1}`,
    type: type ?? 'text',
    title: str(p.title),
    description: str(p.description),
    queries: arr(p.targets).filter(isObj).filter((t) => typeof t.expr === 'string' && t.hide !== true).map(query),
    unit: asUnit(str(defaults.unit) || legacyUnit || 'short'),
    ...(decimals !== undefined ? { decimals } : {}),
    ...(thresholds.length > 0 ? { thresholds } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(type === 'timeseries' ? { timeseries: timeseriesOptions(custom, rawType === 'graph' ? p : undefined) } : {}),
    ...(calcs.length > 0 ? { legendCalcs: calcs } : {}),
    ...(mappings.length > 0 ? { mappings } : {}),
    ...(type === 'text' && rawType === 'text' ? { content: str(options.content ?? p.content) } : {}),
    ...(type === undefined ? { unsupported: rawType || 'unknown' } : {}),
    w: clamp(num(grid.w) ?? 12, 1, 24),
    h: clamp(num(grid.h) ?? 8, 2, 40),
  };
}

function query(t: Obj): PanelQuery {
  const legend = str(t.legendFormat);
  const refId = str(t.refId);
  return { expr: str(t.expr), ...(legend !== '' && legend !== '__auto' ? { legend } : {}), ...(refId !== '' ? { refId } : {}) };
}

function timeseriesOptions(custom: Obj, legacyGraph: Obj | undefined): TimeSeriesOptions {
  if (legacyGraph) {
    return { ...DEFAULT_TIMESERIES, drawStyle: bool(legacyGraph.bars) ? 'bars' : bool(legacyGraph.points) && !bool(legacyGraph.lines) ? 'points' : 'line', fillOpacity: clamp((num(legacyGraph.fill) ?? 0) * 10, 0, 100), stacking: !bool(legacyGraph.stack) ? 'none' : bool(legacyGraph.percentage) ? 'percent' : 'normal' };
  }
  const drawStyle = custom.drawStyle === 'bars' ? 'bars' : custom.drawStyle === 'points' ? 'points' : 'line';
  const mode = obj(custom.stacking).mode;
  const stacking = mode === 'normal' || mode === 'percent' ? mode : 'none';
  const scale = obj(custom.scaleDistribution);
  const thresholdsMode = str(obj(custom.thresholdsStyle).mode);
  const logBase = scale.type === 'log' ? (scale.log === 2 ? 2 : 10) : undefined;
  return {
    drawStyle,
    fillOpacity: clamp(num(custom.fillOpacity) ?? 0, 0, 100),
    stacking,
    ...(logBase !== undefined ? { logBase } : {}),
    spanNulls: custom.spanNulls === true,
    thresholdsStyle: thresholdsMode === 'line' || thresholdsMode === 'dashed' ? 'line' : thresholdsMode.includes('area') ? 'area' : 'off',
  };
}

/** thresholdSteps reads the steps; a lone green base step is Grafana's default and reads as none. */
function thresholdSteps(t: unknown): ThresholdStep[] {
  const steps = arr(obj(t).steps).filter(isObj).slice(0, 20).map((s) => ({ value: num(s.value) ?? null, color: str(s.color, 'green') || 'green' }));
  return steps.length === 1 && steps[0]!.value === null && steps[0]!.color === 'green' ? [] : steps;
}

const CALCS: Readonly<Record<string, LegendCalc>> = { lastNotNull: 'last', last: 'last', mean: 'mean', max: 'max', min: 'min' };

function legendCalcs(c: unknown): LegendCalc[] {
  return [...new Set(arr(c).map((x) => CALCS[str(x)]).filter((x): x is LegendCalc => x !== undefined))];
}

function valueMappings(m: unknown): ValueMapping[] {
  const out: ValueMapping[] = [];
  for (const mapping of arr(m).filter(isObj).slice(0, 50)) {
    const options = obj(mapping.options);
    if (mapping.type === 'value') {
      for (const [value, result] of Object.entries(options)) {
        const r = obj(result);
        out.push({ kind: 'value', value, text: str(r.text), ...(typeof r.color === 'string' ? { color: r.color } : {}) });
      }
    } else if (mapping.type === 'range') {
      const r = obj(options.result);
      out.push({ kind: 'range', from: num(options.from) ?? null, to: num(options.to) ?? null, text: str(r.text), ...(typeof r.color === 'string' ? { color: r.color } : {}) });
    }
  }
  return out;
}

function variable(v: Obj): Variable | null {
  const kind = v.type === 'query' || v.type === 'custom' || v.type === 'interval' ? v.type : null;
  const name = str(v.name).replace(/\W/g, '');
  if (!kind || name === '') return null;
  const q = isObj(v.query) ? str(v.query.query) : str(v.query);
  const cur = obj(v.current).value;
  const current = (Array.isArray(cur) ? cur : cur === undefined ? [] : [cur]).map((x) => str(x)).filter((x) => x !== '');
  const regex = str(v.regex);
  const allValue = str(v.allValue);
  return {
    kind, name, label: str(v.label) || name, query: q,
    ...(regex !== '' ? { regex } : {}),
    multi: bool(v.multi), includeAll: bool(v.includeAll),
    ...(allValue !== '' ? { allValue } : {}),
    ...(current.length > 0 ? { current } : {}),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(v)));
}
