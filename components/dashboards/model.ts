import type { ThresholdStep, Unit } from './units';

/**
 * The dashboard model: plain, JSON-like objects in the spirit of Grafana's
 * dashboard JSON. Queries may use variables (`$instance`), substituted by
 * `interpolate` before they reach the engine.
 */

export type PanelType = 'timeseries' | 'stat' | 'gauge' | 'bargauge' | 'table' | 'heatmap';

export interface PanelQuery {
  readonly expr: string;
  /** Legend text per series; `{{label}}` is replaced by the label's value, as in Grafana. */
  readonly legend?: string;
}

export interface Panel {
  readonly id: string;
  readonly type: PanelType;
  readonly title: string;
  /** One sentence for learners: which signal this shows and why it matters. */
  readonly description: string;
  readonly queries: readonly PanelQuery[];
  readonly unit: Unit;
  readonly thresholds?: readonly ThresholdStep[];
  /** Gauge and bar gauge scale; the gauge's default is 0–1 for percentunit, else 0–100. */
  readonly min?: number;
  readonly max?: number;
  /** Width in 24ths of the row, as Grafana's gridPos.w. */
  readonly w: number;
  /** Height in grid rows of 30 px, as Grafana's gridPos.h. */
  readonly h: number;
}

export interface DashboardRow {
  readonly title: string;
  readonly panels: readonly Panel[];
}

/** A template variable whose options are the values of `labelName` on series matching `matcher`. */
export interface Variable {
  readonly name: string;
  /** The dropdown's caption. */
  readonly label: string;
  /** The label whose values are the options. */
  readonly labelName: string;
  readonly matcher: string;
  /** With includeAll, the first option is "All" (a regex matching every value). */
  readonly includeAll: boolean;
}

export interface Dashboard {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly variables: readonly Variable[];
  readonly rows: readonly DashboardRow[];
}

/** The time ranges the picker offers, in ms, ending at the world's now. */
export const RANGES: readonly { readonly label: string; readonly ms: number }[] = [
  { label: '15m', ms: 15 * 60_000 },
  { label: '1h', ms: 60 * 60_000 },
  { label: '2h', ms: 2 * 60 * 60_000 },
];
