'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newPanel, type PanelState } from '../panels/panelState';
import { decodePanels, encodePanels } from './urlState';

const STORAGE_KEY = 'pp.playground';
const PERSIST_DELAY_MS = 200;
const DEFAULT_QUERY = 'sum by (code) (rate(http_requests_total[5m]))';

function initialPanels(): PanelState[] {
  const fromUrl = decodePanels(location.search);
  if (fromUrl.length > 0) return fromUrl;
  try {
    const stored = decodePanels(localStorage.getItem(STORAGE_KEY) ?? '');
    if (stored.length > 0) return stored;
  } catch {
    // Unreadable storage: start fresh.
  }
  return [newPanel(DEFAULT_QUERY)];
}

function persist(panels: readonly PanelState[]): void {
  const search = encodePanels(panels);
  history.replaceState(history.state, '', `${location.pathname}?${search}`);
  try {
    localStorage.setItem(STORAGE_KEY, search);
  } catch {
    // Not persisted when storage is unavailable.
  }
}

/**
 * usePlaygroundState holds the panels. They are read once on mount from the
 * URL (a shared link wins), else local storage, else one example panel.
 * Changes are written back to both shortly after the last one (and at once
 * when the page goes away), so a reload loses nothing.
 * `panels` is null until mounted (the server knows neither source).
 */
export function usePlaygroundState() {
  const [panels, setPanels] = useState<PanelState[] | null>(null);
  const unsaved = useRef<PanelState[] | null>(null);
  useEffect(() => setPanels(initialPanels()), []);

  useEffect(() => {
    if (!panels) return;
    unsaved.current = panels;
    const timer = setTimeout(() => {
      unsaved.current = null;
      persist(panels);
    }, PERSIST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [panels]);

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
  return { panels, update, add, remove };
}
