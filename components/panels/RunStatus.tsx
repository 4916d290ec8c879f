import type { RunState } from './useQueryRunner';

/** RunStatus shows a spinner while the worker evaluates, then the timings and result size. */
export function RunStatus({ state, drawMs }: { state: RunState; drawMs: number | null }) {
  if (state.kind === 'running') {
    return <span className="run-status" role="status"><span className="spinner" aria-hidden="true" /> Evaluating…</span>;
  }
  if (state.kind !== 'done') return null;
  const v = state.reply.value;
  const size = v.type === 'matrix' ? `${v.series.length} series` : v.type === 'vector' ? `${v.samples.length} series` : v.type;
  return (
    <span className="run-status muted" role="status" data-testid="run-status">
      Evaluated in {state.reply.evalMs.toFixed(1)} ms
      {drawMs !== null && <> · drawn {drawMs.toFixed(0)} ms after Enter</>}
      {' '}· {size} · {state.reply.totalQueryableSamples.toLocaleString('en-US')} samples read
    </span>
  );
}
