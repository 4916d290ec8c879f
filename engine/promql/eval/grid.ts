/**
 * Grid is the set of evaluation timestamps a node is evaluated at: every
 * node is evaluated over all steps at once (Prometheus's range evaluation).
 * An instant query is a grid of one step.
 */
export interface Grid {
  readonly startMs: number;
  readonly endMs: number;
  /** Step between evaluation timestamps, ms; 0 for an instant query. */
  readonly stepMs: number;
  /** Number of steps: floor((end - start) / step) + 1, 1 when step is 0, 0 when end < start. */
  readonly n: number;
}

/**
 * makeGrid builds a grid; `stepMs` 0 (or start === end) means a single step.
 * A grid whose end lies before its start is empty (a subquery narrower than its step).
 */
export function makeGrid(startMs: number, endMs: number, stepMs: number): Grid {
  if (endMs < startMs) return { startMs, endMs, stepMs, n: 0 };
  if (stepMs <= 0 || endMs === startMs) return { startMs, endMs: startMs, stepMs: Math.max(stepMs, 0), n: 1 };
  const n = Math.floor((endMs - startMs) / stepMs) + 1;
  return { startMs, endMs: startMs + (n - 1) * stepMs, stepMs, n };
}

/** singleStep is the one-step grid at the start of `g` (step invariance evaluates there). */
export function singleStep(g: Grid): Grid {
  return { startMs: g.startMs, endMs: g.startMs, stepMs: g.stepMs, n: 1 };
}

/** stepTime is the timestamp of step `i`, ms. */
export function stepTime(g: Grid, i: number): number {
  return g.startMs + i * g.stepMs;
}
