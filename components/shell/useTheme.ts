'use client';
import { useSyncExternalStore } from 'react';
import { currentTheme, subscribeTheme, type Theme } from './theme';

/** useTheme follows the page's colour theme ('light' while rendering on the server). */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => 'light');
}
