/**
 * Crosshair is the hover time shared by every chart on a dashboard, like
 * Grafana's "shared crosshair": the chart under the pointer publishes a time,
 * the others draw a rule there. A plain observable, not React state, so a
 * mouse move redraws one line per chart instead of re-rendering panels.
 */
export interface Crosshair {
  /** The hovered time in ms, or null; `source` is the publishing chart's id. */
  set(timeMs: number | null, source: string): void;
  subscribe(listener: (timeMs: number | null, source: string) => void): () => void;
}

export function createCrosshair(): Crosshair {
  const listeners = new Set<(timeMs: number | null, source: string) => void>();
  return {
    set(timeMs, source) {
      for (const l of listeners) l(timeMs, source);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
