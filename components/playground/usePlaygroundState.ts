'use client';
import { useCallback, useEffect, useState } from 'react';
import { newPanel, type PanelState } from '../panels/panelState';
import { decodePanels, encodePanels } from './urlState';

const STORAGE_KEY = 'pp.playground';
export const DEFAULT_QUERY = 'sum by (code) (rate(http_requests_total[5m]))';

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

/**
 * usePlaygroundState holds the panels. They are read once on mount from the
 * URL (a shared link wins), else local storage, else one example panel, and
 * every change is written back to both, so a reload loses nothing.
 * Returns null until mounted (the server knows neither).
 */
export function usePlaygroundState() {
  const [panels, setPanels] = useState<PanelState[] | null>(null);
  useEffect(() => setPanels(initialPanels()), []);

  useEffect(() => {
    if (!panels) return;
    const search = encodePanels(panels);
    history.replaceState(history.state, '', `${location.pathname}?${search}`);
    try {
      localStorage.setItem(STORAGE_KEY, search);
    } catch {
      // Not persisted when storage is unavailable.
    }
  }, [panels]);

  const update = useCallback((id: string, patch: Partial<PanelState>) => {
    setPanels((ps) => ps && ps.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  }, []);
  const add = useCallback(() => setPanels((ps) => [...(ps ?? []), newPanel()]), []);
  const remove = useCallback((id: string) => setPanels((ps) => ps && ps.filter((p) => p.id !== id)), []);
  return { panels, update, add, remove };
}
