import type { WorldInfo, WorldSetup } from '../system/protocol';
import type { WorkerStart } from '../system/workerStart';

/** Where the playground keeps the running world, so a reload rebuilds the same one. */
const WORLD_KEY = 'pp.world';

/**
 * The longest history a reload rebuilds: the history is simulated again,
 * which takes seconds per virtual hour. A world run longer starts afresh.
 */
export const MAX_KEPT_HISTORY_MS = 24 * 3600_000;

/** keepWorld stores the world's snapshot and its clock; silently skipped when storage is unavailable or full. */
export function keepWorld(setup: WorldSetup, clock: WorldInfo['clock']): void {
  const kept: WorkerStart = { setup, clock: { speed: clock.speed, paused: clock.paused } };
  try {
    localStorage.setItem(WORLD_KEY, JSON.stringify(kept));
  } catch {
    // Not kept.
  }
}

function readKept(): WorkerStart | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(WORLD_KEY) ?? 'null') as WorkerStart | null;
    if (!v || typeof v !== 'object' || !v.setup || typeof v.setup.seed !== 'number') return undefined;
    const h = v.setup.historyMs;
    if (h !== undefined && (typeof h !== 'number' || h < 0 || h > MAX_KEPT_HISTORY_MS)) return undefined;
    return v;
  } catch {
    return undefined;
  }
}

/**
 * keptStart is the world a freshly opened playground builds first: the one
 * this browser kept, unless the link asks for another world (a lesson that
 * exists, or a different seed), which is then set up instead.
 */
export function keptStart(search: string, isLesson: (id: string) => boolean): WorkerStart | undefined {
  const q = new URLSearchParams(search);
  const lesson = q.get('lesson');
  if (lesson !== null && isLesson(lesson)) return undefined;
  // A shared link's world (history, incidents) is built instead.
  if (q.has('history') || q.has('incident')) return undefined;
  const kept = readKept();
  const seed = q.get('seed');
  if (!kept || (seed !== null && Number(seed) !== kept.setup.seed)) return undefined;
  return kept;
}
