/** PanelState is everything a query panel keeps: what it asks and how it shows the answer. */
export interface PanelState {
  readonly id: string;
  readonly expr: string;
  readonly tab: PanelTab;
  /** Graph range in ms, ending at the world's now. */
  readonly rangeMs: number;
  /** Graph resolution in ms; null means automatic (range/250). */
  readonly stepMs: number | null;
  readonly stacked: boolean;
  readonly yFromZero: boolean;
  /** Table evaluation time in ms; null means the world's now. */
  readonly timeMs: number | null;
}

export type PanelTab = 'table' | 'graph';

export const RANGE_OPTIONS_MS: readonly number[] = [5 * 60_000, 15 * 60_000, 3_600_000, 2 * 3_600_000];
export const STEP_OPTIONS_MS: readonly number[] = [5_000, 15_000, 30_000, 60_000, 300_000];

let counter = 0;

/** newPanel returns a panel with Prometheus's defaults: graph tab, last 1h, automatic step. */
export function newPanel(expr = '', patch: Partial<Omit<PanelState, 'id'>> = {}): PanelState {
  counter += 1;
  return {
    id: `p${Date.now().toString(36)}${counter}`,
    expr,
    tab: 'graph',
    rangeMs: 3_600_000,
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
