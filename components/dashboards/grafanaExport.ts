import type { Dashboard, LegendCalc, Panel, ValueMapping, Variable } from './model';

/**
 * exportGrafana writes a dashboard as Grafana dashboard JSON that a real
 * Grafana (10/11) imports: `__inputs` asks for a Prometheus data source on
 * import and every panel, target and query variable refers to it as
 * `${DS_PROMETHEUS}`; rows become row panels (collapsed ones carry their
 * panels), and the 24-column layout becomes `gridPos`.
 */

/** The data source reference Grafana substitutes on import. */
const DS = { type: 'prometheus', uid: '${DS_PROMETHEUS}' } as const;
export const GRAFANA_SCHEMA_VERSION = 39;

const CALC_IDS: Readonly<Record<LegendCalc, string>> = { last: 'lastNotNull', mean: 'mean', max: 'max', min: 'min' };

export function exportGrafana(d: Dashboard): Record<string, unknown> {
  const usedIds = new Set(d.rows.flatMap((r) => r.panels.map((p) => Number(p.id))).filter((n) => Number.isInteger(n) && n > 0));
  let next = 1;
  const idFor = (p: Panel): number | string => {
    const n = Number(p.id);
    if (Number.isInteger(n) && n > 0) return n;
    while (usedIds.has(next)) next++;
    usedIds.add(next);
    return next;
  };
  const panels: Record<string, unknown>[] = [];
  let y = 0;
  for (const row of d.rows) {
    const laid = layout(row.panels, row.title === '' ? y : y + 1);
    if (row.title !== '') {
      while (usedIds.has(next)) next++;
      usedIds.add(next);
      panels.push({ type: 'row', id: next, title: row.title, collapsed: row.collapsed === true, gridPos: { x: 0, y, w: 24, h: 1 }, panels: row.collapsed ? laid.panels.map(([p, pos]) => panel(p, idFor(p), pos)) : [] });
      y += 1;
    }
    if (!row.collapsed) {
      for (const [p, pos] of laid.panels) panels.push(panel(p, idFor(p), pos));
      y = laid.bottom;
    }
  }
  return {
    __inputs: [{ name: 'DS_PROMETHEUS', label: 'Prometheus', description: '', type: 'datasource', pluginId: 'prometheus', pluginName: 'Prometheus' }],
    __requires: [
      { type: 'grafana', id: 'grafana', name: 'Grafana', version: '10.0.0' },
      { type: 'datasource', id: 'prometheus', name: 'Prometheus', version: '1.0.0' },
      ...[...new Set(d.rows.flatMap((r) => r.panels.map((p) => p.unsupported ?? p.type)))].sort().map((t) => ({ type: 'panel', id: t, name: t, version: '' })),
    ],
    annotations: { list: [] },
    editable: true,
    fiscalYearStartMonth: 0,
    // 1: the crosshair is shared across panels, as on this app's dashboards.
    graphTooltip: 1,
    id: null,
    links: [],
    panels,
    refresh: d.refreshMs ? `${Math.round(d.refreshMs / 1000)}s` : '',
    schemaVersion: GRAFANA_SCHEMA_VERSION,
    tags: [...(d.tags ?? [])],
    templating: { list: d.variables.map(variable) },
    time: { from: `now-${Math.round((d.rangeMs ?? 3_600_000) / 60_000)}m`, to: 'now' },
    timepicker: {},
    timezone: 'utc',
    title: d.title,
    description: d.description,
    uid: d.uid,
    version: 1,
    weekStart: '',
  };
}

/** layout flows panels left to right on the 24-column grid from `top`, wrapping like Grafana's grid. */
function layout(panels: readonly Panel[], top: number): { panels: [Panel, { x: number; y: number; w: number; h: number }][]; bottom: number } {
  let x = 0;
  let y = top;
  let lineH = 0;
  const out: [Panel, { x: number; y: number; w: number; h: number }][] = [];
  for (const p of panels) {
    if (x + p.w > 24) {
      x = 0;
      y += lineH;
      lineH = 0;
    }
    out.push([p, { x, y, w: p.w, h: p.h }]);
    x += p.w;
    lineH = Math.max(lineH, p.h);
  }
  return { panels: out, bottom: y + lineH };
}

function panel(p: Panel, id: number | string, gridPos: { x: number; y: number; w: number; h: number }): Record<string, unknown> {
  const ts = p.timeseries;
  const custom = ts
    ? {
        drawStyle: ts.drawStyle, fillOpacity: ts.fillOpacity, lineWidth: 1, pointSize: 5, showPoints: 'auto', spanNulls: ts.spanNulls,
        stacking: { mode: ts.stacking, group: 'A' },
        scaleDistribution: ts.logBase ? { type: 'log', log: ts.logBase } : { type: 'linear' },
        thresholdsStyle: { mode: ts.thresholdsStyle === 'area' ? 'area' : ts.thresholdsStyle },
      }
    : {};
  const defaults: Record<string, unknown> = {
    unit: p.unit,
    custom,
    mappings: (p.mappings ?? []).map(mapping),
    thresholds: { mode: 'absolute', steps: (p.thresholds ?? [{ value: null, color: 'green' }]).map((s) => ({ color: s.color, value: s.value })) },
    color: { mode: p.type === 'timeseries' ? 'palette-classic' : 'thresholds' },
  };
  if (p.decimals !== undefined) defaults.decimals = p.decimals;
  if (p.min !== undefined) defaults.min = p.min;
  if (p.max !== undefined) defaults.max = p.max;
  const options: Record<string, unknown> = p.type === 'text'
    ? { mode: 'markdown', content: p.content ?? '' }
    : { legend: { calcs: (p.legendCalcs ?? []).map((c) => CALC_IDS[c]), displayMode: p.legendCalcs?.length ? 'table' : 'list', placement: 'bottom', showLegend: true }, tooltip: { mode: 'multi', sort: 'desc' }, reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false } };
  return {
    id,
    type: p.unsupported ?? p.type,
    title: p.title,
    description: p.description,
    datasource: DS,
    gridPos,
    fieldConfig: { defaults, overrides: [] },
    options,
    targets: p.queries.map((q, i) => ({
      datasource: DS,
      editorMode: 'code',
      expr: q.expr,
      legendFormat: q.legend ?? '__auto',
      range: p.type !== 'table',
      instant: p.type === 'table',
      ...(p.type === 'table' ? { format: 'table' } : p.type === 'heatmap' ? { format: 'heatmap' } : {}),
      refId: q.refId ?? String.fromCharCode(65 + (i % 26)),
    })),
  };
}

function mapping(m: ValueMapping): Record<string, unknown> {
  const result = { text: m.text, ...(m.color ? { color: m.color } : {}) };
  return m.kind === 'value'
    ? { type: 'value', options: { [m.value]: { ...result, index: 0 } } }
    : { type: 'range', options: { from: m.from, to: m.to, result: { ...result, index: 0 } } };
}

function variable(v: Variable): Record<string, unknown> {
  const current = v.current ?? [];
  const base = {
    name: v.name, label: v.label, type: v.kind, multi: v.multi, includeAll: v.includeAll, allValue: v.allValue ?? null, hide: 0,
    current: current.length === 0 ? {} : { selected: true, text: current, value: v.multi ? current : current[0] },
  };
  if (v.kind === 'query') {
    return { ...base, datasource: { ...{ type: 'prometheus', uid: '${DS_PROMETHEUS}' } }, definition: v.query, query: { query: v.query, refId: 'PrometheusVariableQueryEditor-VariableQuery' }, regex: v.regex ?? '', refresh: 2, sort: 1, options: [] };
  }
  const options = v.query.split(',').map((s) => s.trim()).filter(Boolean).map((o) => ({ text: o, value: o, selected: false }));
  return { ...base, query: v.query, options, ...(v.kind === 'interval' ? { auto: false, refresh: 2 } : {}) };
}
