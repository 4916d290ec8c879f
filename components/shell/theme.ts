/**
 * The colour theme: stored in local storage, applied as `data-theme` on the
 * root element (globals.css keys its variables off it), observable so
 * components such as the editor can follow it.
 */
export type Theme = 'light' | 'dark';

const KEY = 'pp.theme';
const listeners = new Set<() => void>();

/** THEME_SCRIPT runs before first paint: it applies the stored (or the system's) theme. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${KEY}');if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t}catch(e){}`;

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Not persisted when storage is unavailable.
  }
  for (const l of listeners) l();
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
