/** PanelState is everything a query panel keeps: what it asks and how it shows the answer. */
export interface PanelState {
  readonly id: string;
  readonly expr: string;
  readonly tab: PanelTab;
  /** Graph range in ms, ending at `endMs` (or the world's now). */
  readonly rangeMs: number;
  /** Graph end in virtual ms; null means "now (live)": the graph follows the world's clock. */
  readonly endMs: number | null;
  /** Graph resolution in ms; null means automatic (range/250). */
  readonly stepMs: number | null;
  readonly stacked: boolean;
  readonly yFromZero: boolean;
  /** Table (and Explain) evaluation time in ms; null means the world's now. */
  readonly timeMs: number | null;
}

export type PanelTab = 'table' | 'graph' | 'explain';

export const PANEL_TABS: readonly PanelTab[] = ['table', 'graph', 'explain'];

/** The graph ranges offered, as Prometheus's range picker: last 5m … 1d of virtual time. */
export const RANGE_OPTIONS_MS: readonly number[] = [
  5 * 60_000, 15 * 60_000, 30 * 60_000, 3_600_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 86_400_000,
];
export const STEP_OPTIONS_MS: readonly number[] = [5_000, 15_000, 30_000, 60_000, 300_000, 900_000, 3_600_000];

export const DEFAULT_RANGE_MS = 3_600_000;

let counter = 0;

/** newPanelId returns an id unique within the page. */
export function newPanelId(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter}`;
}

/** newPanel returns a panel with Prometheus's defaults: graph tab, last 1h ending now, automatic step. */
export function newPanel(expr = '', patch: Partial<Omit<PanelState, 'id'>> = {}): PanelState {
  return {
    id: newPanelId(),
    expr,
    tab: 'graph',
    rangeMs: DEFAULT_RANGE_MS,
    endMs: null,
    stepMs: null,
    stacked: false,
    yFromZero: false,
    timeMs: null,
    ...patch,
  };
}

/**
 * QUERY_TIMEOUT_MS bounds every panel query (Prometheus's --query.timeout,
 * shortened from its 2m default: a runaway query in a tab should give up soon).
 */
export const QUERY_TIMEOUT_MS = 15_000;
