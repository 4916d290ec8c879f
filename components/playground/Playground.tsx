'use client';
import { QueryPanelView } from '../panels/QueryPanelView';
import { ShareButton } from '../embed/ShareDialog';
import { embedConfig, sharedWorld } from '../embed/worldShare';
import { formatUtc } from '../panels/timeFormat';
import { useTheme } from '../shell/useTheme';
import { engineClient, useEngine, useWorld } from '../system/useEngine';
import { ClockControls, IncidentPanel, ResetWorld } from '../world';
import { ExampleQueries } from './ExampleQueries';
import { PanelActions } from './PanelActions';
import { keptStart } from './keptWorld';

/**
 * startPlaygroundWorker starts the worker before React hydrates (building the
 * world's history takes longer than hydration). A fresh tab builds the world
 * this browser kept, so a reload loses nothing — unless the link opens a
 * lesson that `isLesson` knows, whose world is set up instead.
 */
export function startPlaygroundWorker(isLesson: (id: string) => boolean): void {
  if (typeof window !== 'undefined') engineClient(keptStart(location.search, isLesson));
}
import { encodeState } from './urlState';
import { usePlaygroundState, type LessonWorldLoader } from './usePlaygroundState';

/** Notices lists what the page could not use from the link, so a bad parameter is visible but harmless. */
function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="warning notices" role="status" data-testid="url-notices">
      <strong>Parts of this link were not used:</strong>
      <ul>{notices.map((n) => <li key={n}>{n}</li>)}</ul>
      <button type="button" className="button secondary small" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}

/**
 * Playground is the page's client root: the world's controls and the list of
 * query panels. `lessonWorld` resolves a link's `lesson=` parameter.
 */
export function Playground({ lessonWorld }: { readonly lessonWorld?: LessonWorldLoader }) {
  const engine = useEngine();
  const world = useWorld(engine);
  const theme = useTheme();
  const { panels, notices, dismissNotices, update, add, remove, duplicate, move } = usePlaygroundState(engine, world, lessonWorld);

  return (
    <>
      <Notices notices={notices} onDismiss={dismissNotices} />
      <div className="world-bar card">
        <ClockControls />
        <ResetWorld />
        {engine && world && panels && panels.length > 0 && (
          <ShareButton
            target={async () => {
              const first = panels[0]!;
              const shared = await sharedWorld(engine, world);
              // The link rebuilds this world for whoever opens it: seed, how long it has run, the incidents staged in it.
              const search = encodeState({ panels, clock: world.clock.paused ? { paused: true } : {}, seed: shared.seed, world: { historyMs: shared.historyMs, incidents: shared.incidents } });
              return {
                link: `${location.origin}${location.pathname}?${search}`,
                embed: {
                  kind: 'query',
                  title: first.expr,
                  config: embedConfig({ ...shared, query: first.expr, view: first.tab, rangeMs: first.rangeMs }),
                },
              };
            }}
          />
        )}
        <details className="world-incidents">
          <summary>Incidents</summary>
          <IncidentPanel />
        </details>
      </div>
      {!engine || !world || !panels ? (
        <p className="muted loading-line" role="status"><span className="spinner" aria-hidden="true" /> Simulating the world’s first hour…</p>
      ) : (
        <>
          <p className="muted world-line" data-testid="world-info">
            World seed {world.seed}: {world.numSeries.toLocaleString('en-US')} series, {world.metricNames.length} metrics, data from {formatUtc(world.minTimeMs)} to{' '}
            <strong>now = {formatUtc(world.nowMs)}</strong> (virtual time).
          </p>
          <ExampleQueries onPick={(q) => add(q)} />
          {panels.map((p, i) => (
            <QueryPanelView
              key={p.id}
              engine={engine}
              world={world}
              panel={p}
              theme={theme}
              onChange={(patch) => update(p.id, patch)}
              actions={<PanelActions index={i} count={panels.length} onMove={(by) => move(p.id, by)} onDuplicate={() => duplicate(p.id)} onRemove={() => remove(p.id)} />}
            />
          ))}
          <button type="button" className="button secondary add-panel" onClick={() => add()}>+ Add panel</button>
        </>
      )}
    </>
  );
}
