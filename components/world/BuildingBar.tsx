'use client';
import { useEngine, useWorld } from '../system/useEngine';
import { formatDuration } from '../panels/timeFormat';
import { useBuildProgress } from './useBuildProgress';

/**
 * BuildingBar says that the world is being simulated, with how much of its
 * history is done. It shows while the tab's first world is built (before
 * any page can answer) and during a reset; otherwise it renders nothing.
 */
export function BuildingBar() {
  const client = useEngine();
  const world = useWorld(client);
  const build = useBuildProgress(client);
  if (!client) return null;
  if (!build && world) return null;
  const pct = build && build.totalMs > 0 ? Math.round((100 * build.doneMs) / build.totalMs) : 0;
  return (
    <div className="building-bar" role="progressbar" aria-label="Building world" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <div className="building-fill" style={{ width: `${pct}%` }} />
      <span className="building-text">
        Building world… {build ? `simulating ${formatDuration(build.doneMs)} of ${formatDuration(build.totalMs)} of history` : 'starting the engine'}
      </span>
    </div>
  );
}
