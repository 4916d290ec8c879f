'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newPanel, newPanelId, type PanelState } from '../panels/panelState';
import type { EngineClient } from '../system/engineClient';
import type { WorldInfo } from '../system/protocol';
import { DEFAULT_SEED, DEFAULT_SPEED } from '../world/clockOptions';
import { decodeState, encodeState, type ClockSetting, type PageState } from './urlState';

const STORAGE_KEY = 'pp.playground';
const PERSIST_DELAY_MS = 200;
export const DEFAULT_QUERY = 'sum by (code) (rate(http_requests_total[5m]))';

interface Initial {
  readonly state: PageState;
  readonly notices: readonly string[];
}

/** initialState: a shared link wins, else what this browser kept, else one example panel. */
function initialState(): Initial {
  const fromUrl = decodeState(location.search);
  if (fromUrl.state.panels.length > 0) return fromUrl;
  try {
    const stored = decodeState(localStorage.getItem(STORAGE_KEY) ?? '');
    if (stored.state.panels.length > 0) {
      // A link without panels may still set the clock or the world.
      return { state: { ...stored.state, ...(fromUrl.state.seed !== undefined ? { seed: fromUrl.state.seed } : {}), clock: { ...stored.state.clock, ...fromUrl.state.clock } }, notices: fromUrl.notices };
    }
  } catch {
    // Unreadable storage: start fresh.
  }
  return { state: { ...fromUrl.state, panels: [newPanel(DEFAULT_QUERY)] }, notices: fromUrl.notices };
}

function persist(state: PageState): void {
  const search = encodeState(state);
  history.replaceState(history.state, '', `${location.pathname}?${search}`);
  try {
    localStorage.setItem(STORAGE_KEY, search);
  } catch {
    // Not persisted when storage is unavailable.
  }
}

/** clockSetting keeps only what differs from a fresh tab, so links stay short. */
function clockSetting(world: WorldInfo): ClockSetting {
  return {
    ...(world.clock.speed !== DEFAULT_SPEED ? { speed: world.clock.speed } : {}),
    ...(world.clock.paused ? { paused: true } : {}),
  };
}

/**
 * usePlaygroundState holds the panels and keeps the page in the URL and local
 * storage. Read once on mount; the link's clock and seed are applied to the
 * engine once it is up (a different seed rebuilds the world). Changes are
 * written back shortly after the last one (at once when the page goes away),
 * so a reload loses nothing. `panels` is null until mounted.
 */
export function usePlaygroundState(engine: EngineClient | null, world: WorldInfo | null) {
  const [panels, setPanels] = useState<PanelState[] | null>(null);
  const [notices, setNotices] = useState<readonly string[]>([]);
  /** The link's clock and seed until they are applied; afterwards the world's own. */
  const [pending, setPending] = useState<Pick<PageState, 'clock' | 'seed'> | null>(null);
  const unsaved = useRef<PageState | null>(null);

  useEffect(() => {
    const init = initialState();
    setPanels([...init.state.panels]);
    setNotices(init.notices);
    setPending({ clock: init.state.clock, ...(init.state.seed !== undefined ? { seed: init.state.seed } : {}) });
  }, []);

  const worldReady = world !== null;
  useEffect(() => {
    if (!engine || !worldReady || !pending) return;
    let live = true;
    const apply = async () => {
      const current = engine.worldInfo();
      if (pending.seed !== undefined && current && current.seed !== pending.seed) await engine.call('reset', { seed: pending.seed });
      if (pending.clock.speed !== undefined || pending.clock.paused !== undefined) await engine.call('clock', pending.clock);
    };
    apply().catch((err: unknown) => {
      if (live) setNotices((n) => [...n, `Could not apply the link's clock or world: ${err instanceof Error ? err.message : String(err)}`]);
    }).finally(() => {
      if (live) setPending(null);
    });
    return () => {
      live = false;
    };
  }, [engine, worldReady, pending]);

  const speed = world?.clock.speed;
  const paused = world?.clock.paused;
  const seed = world?.seed;
  useEffect(() => {
    if (!panels || !world) return;
    const page: PageState = pending
      ? { panels, ...pending }
      : { panels, clock: clockSetting(world), ...(world.seed !== DEFAULT_SEED ? { seed: world.seed } : {}) };
    unsaved.current = page;
    const timer = setTimeout(() => {
      unsaved.current = null;
      persist(page);
    }, PERSIST_DELAY_MS);
    return () => clearTimeout(timer);
    // world is read only through the three fields that belong in the URL, so clock ticks do not rewrite it.
  }, [panels, pending, speed, paused, seed]);

  useEffect(() => {
    const flush = () => {
      if (unsaved.current) persist(unsaved.current);
      unsaved.current = null;
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);

  const update = useCallback((id: string, patch: Partial<PanelState>) => {
    setPanels((ps) => ps && ps.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  }, []);
  const add = useCallback((expr = '') => setPanels((ps) => [...(ps ?? []), newPanel(expr)]), []);
  const remove = useCallback((id: string) => setPanels((ps) => ps && ps.filter((p) => p.id !== id)), []);
  const duplicate = useCallback((id: string) => setPanels((ps) => {
    if (!ps) return ps;
    const i = ps.findIndex((p) => p.id === id);
    return i < 0 ? ps : [...ps.slice(0, i + 1), { ...ps[i]!, id: newPanelId() }, ...ps.slice(i + 1)];
  }), []);
  const move = useCallback((id: string, by: -1 | 1) => setPanels((ps) => {
    if (!ps) return ps;
    const i = ps.findIndex((p) => p.id === id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= ps.length) return ps;
    const next = [...ps];
    [next[i], next[j]] = [next[j]!, next[i]!];
    return next;
  }), []);
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { panels, notices, dismissNotices, update, add, remove, duplicate, move };
}
