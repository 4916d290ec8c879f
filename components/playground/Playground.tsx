'use client';
import { QueryPanel } from '../panels/QueryPanel';
import { useTheme } from '../shell/useTheme';
import { engineClient, useEngine, useWorld } from '../system/useEngine';
import { formatUtc } from '../panels/timeFormat';
import { ExampleQueries } from './ExampleQueries';
import { usePlaygroundState } from './usePlaygroundState';

// Start the worker as soon as this module runs in the browser, before React
// hydrates: loading the world's data takes longer than hydration.
if (typeof window !== 'undefined') engineClient();

/** Playground is the page's client root: the engine, the world's info line and the list of query panels. */
export function Playground() {
  const engine = useEngine();
  const world = useWorld(engine);
  const theme = useTheme();
  const { panels, update, add, remove } = usePlaygroundState();

  if (!engine || !world || !panels) {
    return <p className="muted loading-line" role="status"><span className="spinner" aria-hidden="true" /> Starting the engine…</p>;
  }
  return (
    <>
      <p className="muted world-line" data-testid="world-info">
        Demo data: {world.numSeries} series, {world.metricNames.length} metrics, from {formatUtc(world.minTimeMs)} to{' '}
        <strong>now = {formatUtc(world.nowMs)}</strong>.
      </p>
      <ExampleQueries onPick={(q) => add(q)} />
      {panels.map((p) => (
        <QueryPanel
          key={p.id}
          engine={engine}
          world={world}
          panel={p}
          theme={theme}
          onChange={(patch) => update(p.id, patch)}
          onRemove={panels.length > 1 ? () => remove(p.id) : undefined}
        />
      ))}
      <button type="button" className="button secondary add-panel" onClick={() => add()}>+ Add panel</button>
    </>
  );
}
