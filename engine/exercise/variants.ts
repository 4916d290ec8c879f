import type { LessonWorld } from './types';

/** How far (ms) each hidden variant moves the incidents' start times. */
const INCIDENT_SHIFTS_MS = [2 * 60_000, -2 * 60_000, 4 * 60_000, -4 * 60_000] as const;

/**
 * variantsOf derives `count` hidden worlds from a lesson's world,
 * deterministically: each has another seed (other traffic, other noise)
 * and its incidents started a little earlier or later. An answer that is
 * right for a reason, not by a hard-coded number, passes on all of them.
 */
export function variantsOf(world: LessonWorld, count = 2): LessonWorld[] {
  const seed = world.seed ?? 1;
  const out: LessonWorld[] = [];
  for (let k = 1; k <= count; k++) {
    const shift = INCIDENT_SHIFTS_MS[(k - 1) % INCIDENT_SHIFTS_MS.length]!;
    out.push({
      ...world,
      seed: seed + 7919 * k,
      ...(world.incidents
        ? { incidents: world.incidents.map((inc) => ({ ...inc, startedAgoMs: Math.max(0, (inc.startedAgoMs ?? 0) + shift) })) }
        : {}),
    });
  }
  return out;
}

/** worldKey identifies a world's setup (the cache key for built worlds). */
export function worldKey(world: LessonWorld): string {
  return JSON.stringify(world, Object.keys(flatKeys(world)).sort());
}

/** flatKeys collects every object key in `v`, so JSON.stringify's key list sorts nested objects too. */
function flatKeys(v: unknown, acc: Record<string, true> = {}): Record<string, true> {
  if (Array.isArray(v)) for (const x of v) flatKeys(x, acc);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      acc[k] = true;
      flatKeys(x, acc);
    }
  }
  return acc;
}
