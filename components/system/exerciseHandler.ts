import { checkExercise, worldKey, yieldToHost, type CheckEnv, type ExerciseWorld, type LessonWorld } from '@/engine/index';
import type { CheckExerciseParams, CheckExerciseReply } from './exerciseReply';
import { toWorldSetup } from './lessonWorld';
import { createWorldHost } from './worldHost';

/** How many built worlds stay cached: a lesson's world and variants, plus a config exercise's few. */
const CACHE_SIZE = 8;

/**
 * createExerciseEnv builds exercise worlds with the same code as the tab's
 * own world (createWorldHost), so a check sees exactly what the learner saw,
 * and keeps the most recently used ones: checking again, or the next
 * exercise of the same lesson, reuses them.
 */
export function createExerciseEnv(yieldNow: () => Promise<void> = yieldToHost): CheckEnv {
  const cache = new Map<string, Promise<ExerciseWorld>>();
  return {
    world(setup: LessonWorld): Promise<ExerciseWorld> {
      const key = worldKey(setup);
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const built = buildWorld(setup, yieldNow);
      cache.set(key, built);
      built.catch(() => cache.delete(key));
      while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return built;
    },
  };
}

async function buildWorld(setup: LessonWorld, yieldNow: () => Promise<void>): Promise<ExerciseWorld> {
  const host = await createWorldHost(toWorldSetup(setup), () => {}, yieldNow);
  const { engine, system } = host;
  return {
    nowMs: system.clockState().nowMs,
    query: async (q, tMs) => (await engine.instantQuery(system.head, q, tMs)).value,
    queryRange: async (q, startMs, endMs, stepMs) => (await engine.rangeQuery(system.head, q, startMs, endMs, stepMs)).value,
    inbox: () => system.inbox(),
    notifications: () => system.notifications(),
  };
}

/** createExerciseHandler answers `checkExercise` with one shared world cache. */
export function createExerciseHandler(env: CheckEnv = createExerciseEnv()): (p: CheckExerciseParams) => Promise<CheckExerciseReply> {
  return (p) => checkExercise(p.spec, p.answer, p.world, env);
}
