'use client';
import { createContext, useContext } from 'react';
import type { Crosshair } from '../charts/crosshair';

/** CrosshairContext carries the dashboard's shared hover time to its charts; null outside a dashboard. */
export const CrosshairContext = createContext<Crosshair | null>(null);

export function useCrosshair(): Crosshair | null {
  return useContext(CrosshairContext);
}
