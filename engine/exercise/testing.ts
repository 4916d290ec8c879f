import { createEngine } from '../promql/index';
import { createSystem } from '../system/index';
import type { CheckEnv, ExerciseWorld } from './check';
import type { LessonWorld } from './types';
import { worldKey } from './variants';

const START_MS = Date.UTC(2026, 0, 5, 6, 0, 0);

/** testEnv builds worlds straight from createSystem (incidents relative to the end of the history), cached by key. */
export function testEnv(): CheckEnv & { built: string[] } {
  const cache = new Map<string, Promise<ExerciseWorld>>();
  const built: string[] = [];
  const engine = createEngine({});
  async function build(w: LessonWorld): Promise<ExerciseWorld> {
    const system = createSystem({
      seed: w.seed ?? 1,
      startMs: START_MS,
      ...(w.prometheusYml !== undefined ? { prometheusYml: w.prometheusYml } : {}),
      ...(w.ruleFiles !== undefined ? { ruleFiles: w.ruleFiles } : {}),
      ...(w.alertmanagerYml !== undefined ? { alertmanagerYml: w.alertmanagerYml } : {}),
    });
    const historyMs = w.historyMs ?? 10 * 60_000;
    for (const inc of w.incidents ?? []) system.startIncident(inc.kind, { ...inc.options, atMs: START_MS + historyMs - (inc.startedAgoMs ?? 0) });
    await system.advance(historyMs);
    built.push(worldKey(w));
    return {
      nowMs: system.clockState().nowMs,
      query: async (q, t) => (await engine.instantQuery(system.head, q, t)).value,
      queryRange: async (q, s, e, step) => (await engine.rangeQuery(system.head, q, s, e, step)).value,
      inbox: () => system.inbox(),
      notifications: () => system.notifications(),
    };
  }
  return {
    built,
    world(w) {
      const key = worldKey(w);
      if (!cache.has(key)) cache.set(key, build(w));
      return cache.get(key)!;
    },
  };
}
