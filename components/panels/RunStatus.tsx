import type { RunState } from './useQueryRunner';

/**
 * RunStatus shows a spinner while the worker evaluates what the user asked
 * for, then the timings and result size (a clock refresh keeps the last ones).
 */
export function RunStatus({ state, drawMs }: { state: RunState; drawMs: number | null }) {
  if (state.kind === 'running' && !state.background) {
    return <span className="run-status" role="status"><span className="spinner" aria-hidden="true" /> Evaluating…</span>;
  }
  const done = state.kind === 'done' ? state : state.kind === 'running' ? state.previous : null;
  if (!done) return null;
  const v = done.reply.value;
  const size = v.type === 'matrix' ? `${v.series.length} series` : v.type === 'vector' ? `${v.samples.length} series` : v.type;
  return (
    <span className="run-status muted" role="status" data-testid="run-status">
      Evaluated in {done.reply.evalMs.toFixed(1)} ms
      {drawMs !== null && <> · drawn {drawMs.toFixed(0)} ms after Enter</>}
      {' '}· {size} · {done.reply.totalQueryableSamples.toLocaleString('en-US')} samples read
    </span>
  );
}
