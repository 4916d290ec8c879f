'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newPanel, newPanelId, type PanelState } from '../panels/panelState';
import type { EngineClient } from '../system/engineClient';
import type { WorldInfo, WorldSetup } from '../system/protocol';
import { incidentSetups } from '../embed/embedParams';
import { sameSetup } from '../system/sameSetup';
import { DEFAULT_HISTORY_MS, WORLD_START_MS } from '../system/worldConstants';
import { keepWorld } from './keptWorld';
import { DEFAULT_SEED, DEFAULT_SPEED } from '../world/clockOptions';
import { decodeState, encodeState, type ClockSetting, type PageState, type WorldRecipe } from './urlState';

const STORAGE_KEY = 'pp.playground';
const PERSIST_DELAY_MS = 200;
/** How often the running world's snapshot is kept (wall ms), so a reload rebuilds it. */
const KEEP_WORLD_EVERY_MS = 3000;

/** LessonWorldLoader finds a lesson's starting world by id (undefined: no such lesson). */
export type LessonWorldLoader = (lessonId: string) => Promise<WorldSetup | undefined>;
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
      const { seed, lesson, world } = fromUrl.state;
      return { state: { ...stored.state, ...(seed !== undefined ? { seed } : {}), ...(lesson !== undefined ? { lesson } : {}), ...(world !== undefined ? { world } : {}), clock: { ...stored.state.clock, ...fromUrl.state.clock } }, notices: fromUrl.notices };
    }
  } catch {
    // Unreadable storage: start fresh.
  }
  return { state: { ...fromUrl.state, panels: [newPanel(DEFAULT_QUERY)] }, notices: fromUrl.notices };
}

/** recipeSetup is the world a link's `seed`, `history` and `incident` parameters describe. */
function recipeSetup(seed: number, recipe: WorldRecipe): WorldSetup {
  return {
    seed,
    ...(recipe.historyMs !== undefined ? { historyMs: recipe.historyMs } : {}),
    incidents: incidentSetups(recipe.incidents, WORLD_START_MS),
  };
}

/** loadLessonWorld is the lesson's world, or a notice saying why the link's lesson was not used. */
async function loadLessonWorld(id: string, load: LessonWorldLoader | undefined): Promise<WorldSetup | string> {
  try {
    const setup = load ? await load(id) : undefined;
    return setup ?? `Ignored lesson=${JSON.stringify(id)}: there is no such lesson.`;
  } catch (e) {
    return `Could not load the world of lesson ${id}: ${e instanceof Error ? e.message : String(e)}`;
  }
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
 * storage. Read once on mount; the link's clock, seed or lesson are applied to
 * the engine once it is up (another world is built when they name one). Changes are
 * written back shortly after the last one (at once when the page goes away),
 * and the world itself (time, incidents, edited configs) is kept every few
 * seconds for the worker to rebuild on the next load (see keptWorld.ts), so a
 * reload loses nothing. `panels` is null until mounted.
 */
export function usePlaygroundState(engine: EngineClient | null, world: WorldInfo | null, lessonWorld?: LessonWorldLoader) {
  const [panels, setPanels] = useState<PanelState[] | null>(null);
  const [notices, setNotices] = useState<readonly string[]>([]);
  /** The link's clock, seed and lesson until they are applied; afterwards the world's own. */
  const [pending, setPending] = useState<Pick<PageState, 'clock' | 'seed' | 'lesson' | 'world'> | null>(null);
  const unsaved = useRef<PageState | null>(null);

  useEffect(() => {
    const init = initialState();
    setPanels([...init.state.panels]);
    setNotices(init.notices);
    const { clock, seed, lesson, world: recipe } = init.state;
    setPending({ clock, ...(seed !== undefined ? { seed } : {}), ...(lesson !== undefined ? { lesson } : {}), ...(recipe !== undefined ? { world: recipe } : {}) });
  }, []);

  const worldReady = world !== null;
  useEffect(() => {
    if (!engine || !worldReady || !pending) return;
    let live = true;
    const apply = async () => {
      const current = engine.worldInfo();
      const lessonSetup = pending.lesson !== undefined ? await loadLessonWorld(pending.lesson, lessonWorld) : undefined;
      if (typeof lessonSetup === 'string') setNotices((n) => [...n, lessonSetup]);
      const linked = lessonSetup !== undefined && typeof lessonSetup !== 'string' ? lessonSetup : pending.world ? recipeSetup(pending.seed ?? DEFAULT_SEED, pending.world) : undefined;
      if (linked) {
        // The tab may already run this world (say, opened from the lesson page): keep it, with whatever the learner did in it.
        if (current && !sameSetup(current.setup, linked, DEFAULT_HISTORY_MS)) await engine.call('reset', linked);
      } else if (pending.seed !== undefined && current && current.seed !== pending.seed) await engine.call('reset', { seed: pending.seed });
      // The page state's clock is the whole clock (absent = ×1, playing): the kept world's may be a few seconds stale.
      await engine.call('clock', { speed: pending.clock.speed ?? DEFAULT_SPEED, paused: pending.clock.paused ?? false });
    };
    apply().catch((err: unknown) => {
      if (live) setNotices((n) => [...n, `Could not apply the link's clock or world: ${err instanceof Error ? err.message : String(err)}`]);
    }).finally(() => {
      if (live) setPending(null);
    });
    return () => {
      live = false;
    };
  }, [engine, worldReady, pending, lessonWorld]);

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

  // Keep the world once the link's own world is in place (before that, the snapshot would be of the world being replaced).
  const applied = pending === null;
  useEffect(() => {
    if (!engine || !worldReady || !applied) return;
    const keep = () => {
      engine.call('snapshot', {}).then(
        (setup) => {
          const info = engine.worldInfo();
          if (info) keepWorld(setup, info.clock);
        },
        () => {},
      );
    };
    keep();
    const timer = setInterval(keep, KEEP_WORLD_EVERY_MS);
    addEventListener('pagehide', keep);
    return () => {
      clearInterval(timer);
      removeEventListener('pagehide', keep);
    };
  }, [engine, worldReady, applied]);

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
