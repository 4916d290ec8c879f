import type { ThresholdStep, Unit } from './units';

/**
 * The dashboard model: plain, JSON-like objects in the spirit of Grafana's
 * dashboard JSON (grafanaImport/grafanaExport translate). Queries may use
 * template variables (`$instance`) and Grafana's time macros
 * (`$__rate_interval`), substituted before they reach the engine.
 */

export type PanelType = 'timeseries' | 'stat' | 'gauge' | 'bargauge' | 'table' | 'heatmap' | 'text';

/** The panel types this app draws, for the editor's picker. */
export const PANEL_TYPES: readonly PanelType[] = ['timeseries', 'stat', 'gauge', 'bargauge', 'table', 'heatmap', 'text'];

export interface PanelQuery {
  readonly expr: string;
  /** Legend text per series; `{{label}}` is replaced by the label's value, as in Grafana. */
  readonly legend?: string;
  /** Grafana's refId (A, B, …). */
  readonly refId?: string;
}

/** LegendCalc is a reduction shown beside each legend entry. */
export type LegendCalc = 'last' | 'mean' | 'max' | 'min';

/** TimeSeriesOptions follow Grafana's time series panel's field config. */
export interface TimeSeriesOptions {
  readonly drawStyle: 'line' | 'bars' | 'points';
  /** Area under the line, 0–100 as in Grafana. */
  readonly fillOpacity: number;
  /** Grafana's stacking modes: percent piles each step's shares of its total up to 100 %. */
  readonly stacking: 'none' | 'normal' | 'percent';
  /** Logarithmic value axis (base 2 or 10); absent for linear. */
  readonly logBase?: 2 | 10;
  /** Draw across missing steps (true) or leave gaps (false, Grafana's default). */
  readonly spanNulls: boolean;
  /** How thresholds show on the chart. */
  readonly thresholdsStyle: 'off' | 'line' | 'area';
}

export const DEFAULT_TIMESERIES: TimeSeriesOptions = { drawStyle: 'line', fillOpacity: 0, stacking: 'none', spanNulls: false, thresholdsStyle: 'off' };

/** ValueMapping turns a value (or a range of values) into text, as Grafana's value mappings. */
export type ValueMapping =
  | { readonly kind: 'value'; readonly value: string; readonly text: string; readonly color?: string }
  | { readonly kind: 'range'; readonly from: number | null; readonly to: number | null; readonly text: string; readonly color?: string };

export interface Panel {
  readonly id: string;
  readonly type: PanelType;
  readonly title: string;
  /** One sentence for learners: which signal this shows and why it matters. */
  readonly description: string;
  readonly queries: readonly PanelQuery[];
  readonly unit: Unit;
  readonly decimals?: number;
  readonly thresholds?: readonly ThresholdStep[];
  /** Value axis / gauge scale bounds. */
  readonly min?: number;
  readonly max?: number;
  readonly timeseries?: TimeSeriesOptions;
  readonly legendCalcs?: readonly LegendCalc[];
  readonly mappings?: readonly ValueMapping[];
  /** Markdown for text panels. */
  readonly content?: string;
  /**
   * For the golden-signal panels: what the PromQL measures and why, shown by
   * the panel's "Explain" button next to its queries.
   */
  readonly explain?: string;
  /** An imported Grafana panel type this app cannot draw; the panel shows a named placeholder. */
  readonly unsupported?: string;
  /** Width in 24ths of the row, as Grafana's gridPos.w. */
  readonly w: number;
  /** Height in grid rows of 30 px, as Grafana's gridPos.h. */
  readonly h: number;
}

export interface DashboardRow {
  /** Empty for the panels above the first row header (Grafana's panels outside any row). */
  readonly title: string;
  readonly collapsed?: boolean;
  readonly panels: readonly Panel[];
}

/**
 * Variable is a template variable: `query` options come from the world
 * (`label_values(up, job)`, `label_values(job)`, `metrics(regex)` or
 * `query_result(expr)`), `custom` ones are a fixed comma-separated list,
 * `interval` ones are durations (`1m,5m,10m`).
 */
export interface Variable {
  readonly kind: 'query' | 'custom' | 'interval';
  readonly name: string;
  /** The dropdown's caption. */
  readonly label: string;
  /** query: the Grafana query text; custom/interval: the comma-separated options. */
  readonly query: string;
  /** Grafana's regex filter on the options (`/node-.*\/`); empty for none. */
  readonly regex?: string;
  readonly multi: boolean;
  /** With includeAll, the first option is "All": every option, as a regex `(a|b|c)`. */
  readonly includeAll: boolean;
  /** Grafana's custom all value: what "All" inserts instead (as written, e.g. `.*`). */
  readonly allValue?: string;
  /** The values selected initially; defaults to All (or the first option). */
  readonly current?: readonly string[];
}

export interface Dashboard {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly tags?: readonly string[];
  /** The initial time range, ending now (ms). */
  readonly rangeMs?: number;
  /** The initial auto-refresh period in virtual ms; 0 is off. */
  readonly refreshMs?: number;
  readonly variables: readonly Variable[];
  readonly rows: readonly DashboardRow[];
}

/** The time ranges the picker offers, in ms, ending at the world's now. */
export const RANGES: readonly { readonly label: string; readonly ms: number }[] = [
  { label: '5m', ms: 5 * 60_000 },
  { label: '15m', ms: 15 * 60_000 },
  { label: '30m', ms: 30 * 60_000 },
  { label: '1h', ms: 60 * 60_000 },
  { label: '3h', ms: 3 * 60 * 60_000 },
  { label: '6h', ms: 6 * 60 * 60_000 },
  { label: '12h', ms: 12 * 60 * 60_000 },
  { label: '24h', ms: 24 * 60 * 60_000 },
];

/** The auto-refresh periods, in virtual time: the world's clock, not the wall's. */
export const REFRESHES: readonly { readonly label: string; readonly ms: number }[] = [
  { label: 'Off', ms: 0 },
  { label: '5s', ms: 5_000 },
  { label: '15s', ms: 15_000 },
  { label: '30s', ms: 30_000 },
  { label: '1m', ms: 60_000 },
  { label: '5m', ms: 300_000 },
];
