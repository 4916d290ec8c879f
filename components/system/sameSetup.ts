import type { WorldSetup } from './protocol';

/**
 * sameSetup tells whether two setups build the same world, with an absent
 * `historyMs` read as `defaultHistoryMs` and absent incidents as none.
 * Dependency-free so pages can compare without loading the engine.
 */
export function sameSetup(a: WorldSetup, b: WorldSetup, defaultHistoryMs: number): boolean {
  return setupKey(a, defaultHistoryMs) === setupKey(b, defaultHistoryMs);
}

function setupKey(s: WorldSetup, defaultHistoryMs: number): string {
  const normal = { ...s, historyMs: s.historyMs ?? defaultHistoryMs, incidents: s.incidents ?? [] };
  return JSON.stringify(normal, Object.keys(collectKeys(normal)).sort());
}

function collectKeys(v: unknown, acc: Record<string, true> = {}): Record<string, true> {
  if (Array.isArray(v)) for (const x of v) collectKeys(x, acc);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      acc[k] = true;
      collectKeys(x, acc);
    }
  }
  return acc;
}
