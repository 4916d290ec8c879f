import type { WorldSetup } from './protocol';
import { DEFAULT_HISTORY_MS } from './worldConstants';

/** stable serialises with sorted keys, so equal setups give equal keys whatever their key order. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stable(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * setupKey identifies the world a setup builds: two setups with the same key
 * give the same data, so a page can skip a reset when the running world's
 * key already matches (defaults are filled in first).
 */
export function setupKey(s: WorldSetup): string {
  return stable({ ...s, historyMs: s.historyMs ?? DEFAULT_HISTORY_MS, incidents: s.incidents ?? [] });
}
