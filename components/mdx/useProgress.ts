'use client';
import { useSyncExternalStore } from 'react';
import { EMPTY_PROGRESS, readProgress, subscribeProgress, type Progress } from './progressStore';

/** useProgress returns the learner's stored progress (empty during SSR, so the static HTML shows no checkmarks). */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, readProgress, () => EMPTY_PROGRESS);
}
