import type { LessonWorld } from '@/engine/index';
import type { WorldSetup } from './protocol';
import { DEFAULT_HISTORY_MS, WORLD_START_MS } from './worldConstants';

/**
 * toWorldSetup turns a lesson's world (incidents relative to its "now") into
 * the worker's WorldSetup (incidents at absolute virtual times inside the
 * history). Equal lesson worlds give equal setups, so the page can tell
 * whether the running world already is the lesson's.
 */
export function toWorldSetup(world: LessonWorld): WorldSetup {
  const historyMs = world.historyMs ?? DEFAULT_HISTORY_MS;
  const endMs = WORLD_START_MS + historyMs;
  return {
    seed: world.seed ?? 1,
    historyMs,
    ...(world.prometheusYml !== undefined ? { prometheusYml: world.prometheusYml } : {}),
    ...(world.ruleFiles !== undefined ? { ruleFiles: world.ruleFiles } : {}),
    ...(world.alertmanagerYml !== undefined ? { alertmanagerYml: world.alertmanagerYml } : {}),
    ...(world.incidents && world.incidents.length > 0
      ? {
          incidents: world.incidents.map((inc) => ({
            kind: inc.kind,
            options: { ...inc.options, atMs: endMs - Math.min(historyMs, Math.max(0, inc.startedAgoMs ?? 0)) },
          })),
        }
      : {}),
  };
}

