import type { IncidentView } from '@/engine/index';
import { INCIDENT_KINDS } from '@/engine/world/incident-kinds';
import type { EngineClient } from '../system/engineClient';
import type { WorldInfo } from '../system/protocol';
import { EMBED_DEFAULTS, type EmbedConfig, type EmbedIncident } from './embedParams';

/** The longest history an embed will simulate (its parameter's bound). */
const MAX_HISTORY_MS = 24 * 3600_000;
const MAX_INCIDENTS = 5;

/**
 * sharedWorld describes the running world as embed parameters: its seed,
 * how far its clock has run, and the incidents staged in it with their
 * times, so the embed rebuilds the same data. (Edited config files are not
 * carried; the embed uses the default configuration.)
 */
export async function sharedWorld(client: EngineClient, world: WorldInfo): Promise<Pick<EmbedConfig, 'seed' | 'historyMs' | 'incidents'>> {
  const historyMs = Math.min(MAX_HISTORY_MS, Math.max(60_000, Math.round((world.nowMs - world.startMs) / 60_000) * 60_000));
  let incidents: EmbedIncident[] = [];
  try {
    const r = await client.call('http', { method: 'GET', url: '/api/sim/incidents' });
    const list = (JSON.parse(r.body) as { incidents?: IncidentView[] }).incidents ?? [];
    incidents = list
      .filter((i) => Object.prototype.hasOwnProperty.call(INCIDENT_KINDS, i.kind) && i.startMs >= world.startMs)
      .slice(-MAX_INCIDENTS)
      .map((i) => ({
        kind: i.kind,
        ...(i.target !== '' ? { target: i.target } : {}),
        // Whole seconds keep the link readable (`@1h1s`, not `@1h1s260ms`); scrapes are seconds apart anyway.
        startMs: Math.floor((i.startMs - world.startMs) / 1000) * 1000,
        ...(i.endMs !== undefined ? { durationMs: Math.max(1000, i.endMs - i.startMs) } : {}),
      }));
  } catch {
    // Without the list the embed shows the world without incidents; the link itself still works.
  }
  return { seed: world.seed, historyMs, incidents };
}

/** embedConfig fills the rest of an embed's parameters with the defaults. */
export function embedConfig(patch: Partial<EmbedConfig>): EmbedConfig {
  return { ...EMBED_DEFAULTS, ...patch, panel: { ...EMBED_DEFAULTS.panel, ...patch.panel } };
}
