import { DEFAULT_TIMESERIES, PANEL_TYPES, type Dashboard, type LegendCalc, type Panel, type PanelQuery, type TimeSeriesOptions } from './model';
import { UNITS, type ThresholdStep, type Unit } from './units';

/**
 * Panel edits made on a built-in dashboard, kept in this browser so a reload
 * keeps them. Only what the panel editor changes is stored, per panel id,
 * and every field is checked on the way back in: storage may hold anything
 * (an older version's shape, a hand edit), and a bad field is simply dropped
 * so the built-in definition shows instead.
 */

const key = (uid: string) => `pp.dashboard-edits.${uid}`;
const LEGEND_CALCS: readonly LegendCalc[] = ['last', 'mean', 'max', 'min'];
const UNIT_IDS: readonly string[] = UNITS.map((u) => u.id);
const MAX_QUERIES = 26;

type Edit = Partial<Pick<Panel, 'type' | 'title' | 'queries' | 'unit' | 'min' | 'max' | 'decimals' | 'thresholds' | 'legendCalcs' | 'timeseries'>>;

function readAll(uid: string): Record<string, unknown> {
  try {
    const v = JSON.parse(localStorage.getItem(key(uid)) ?? '{}') as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** savePanelEdit keeps `panel`'s editable fields; silently skipped when storage is unavailable. */
export function savePanelEdit(uid: string, panel: Panel): void {
  const { type, title, queries, unit, min, max, decimals, thresholds, legendCalcs, timeseries } = panel;
  const all = { ...readAll(uid), [panel.id]: { type, title, queries, unit, min, max, decimals, thresholds, legendCalcs, timeseries } };
  try {
    localStorage.setItem(key(uid), JSON.stringify(all));
  } catch {
    // Not kept.
  }
}

export function clearPanelEdits(uid: string): void {
  try {
    localStorage.removeItem(key(uid));
  } catch {
    // Nothing kept anyway.
  }
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readQueries(v: unknown): PanelQuery[] | undefined {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_QUERIES) return undefined;
  const out: PanelQuery[] = [];
  for (const q of v) {
    if (q === null || typeof q !== 'object' || typeof (q as PanelQuery).expr !== 'string') return undefined;
    const { expr, legend, refId } = q as PanelQuery;
    out.push({ expr, ...(typeof legend === 'string' ? { legend } : {}), ...(typeof refId === 'string' ? { refId } : {}) });
  }
  return out;
}

function readThresholds(v: unknown): ThresholdStep[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const ok = v.every((s) => s !== null && typeof s === 'object' && typeof (s as ThresholdStep).color === 'string' && ((s as ThresholdStep).value === null || finite((s as ThresholdStep).value)));
  return ok ? v.map((s: ThresholdStep) => ({ value: s.value, color: s.color })) : undefined;
}

function readTimeseries(v: unknown): TimeSeriesOptions | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const t = v as Partial<TimeSeriesOptions>;
  return {
    drawStyle: t.drawStyle === 'bars' || t.drawStyle === 'points' ? t.drawStyle : DEFAULT_TIMESERIES.drawStyle,
    fillOpacity: finite(t.fillOpacity) ? Math.min(100, Math.max(0, t.fillOpacity)) : DEFAULT_TIMESERIES.fillOpacity,
    stacking: t.stacking === 'normal' || t.stacking === 'percent' ? t.stacking : 'none',
    ...(t.logBase === 2 || t.logBase === 10 ? { logBase: t.logBase } : {}),
    spanNulls: t.spanNulls === true,
    thresholdsStyle: t.thresholdsStyle === 'line' || t.thresholdsStyle === 'area' ? t.thresholdsStyle : 'off',
  };
}

/** readEdit keeps the well-formed fields of a stored edit. */
function readEdit(v: unknown): Edit {
  if (v === null || typeof v !== 'object') return {};
  const e = v as Record<string, unknown>;
  const queries = readQueries(e.queries);
  const thresholds = readThresholds(e.thresholds);
  const timeseries = readTimeseries(e.timeseries);
  return {
    ...((PANEL_TYPES as readonly unknown[]).includes(e.type) ? { type: e.type as Panel['type'] } : {}),
    ...(typeof e.title === 'string' ? { title: e.title.slice(0, 200) } : {}),
    ...(queries ? { queries } : {}),
    ...(UNIT_IDS.includes(e.unit as string) ? { unit: e.unit as Unit } : {}),
    ...(finite(e.min) ? { min: e.min } : {}),
    ...(finite(e.max) ? { max: e.max } : {}),
    ...(finite(e.decimals) ? { decimals: e.decimals } : {}),
    ...(thresholds ? { thresholds } : {}),
    ...(Array.isArray(e.legendCalcs) && e.legendCalcs.every((c) => LEGEND_CALCS.includes(c as LegendCalc)) ? { legendCalcs: e.legendCalcs as LegendCalc[] } : {}),
    ...(timeseries ? { timeseries } : {}),
  };
}

/** withPanelEdits is `d` with this browser's edits applied; `edited` tells whether there were any. */
export function withPanelEdits(d: Dashboard): { dashboard: Dashboard; edited: boolean } {
  const all = readAll(d.uid);
  let edited = false;
  const rows = d.rows.map((r) => ({
    ...r,
    panels: r.panels.map((p) => {
      if (!Object.prototype.hasOwnProperty.call(all, p.id)) return p;
      edited = true;
      // min/max/decimals/thresholds removed in the editor are absent from the edit: start from the panel without them.
      const { min: _min, max: _max, decimals: _dec, thresholds: _th, ...rest } = p;
      return { ...rest, ...readEdit(all[p.id]) };
    }),
  }));
  return { dashboard: edited ? { ...d, rows } : d, edited };
}
