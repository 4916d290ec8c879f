'use client';
import { setTheme } from './theme';
import { useTheme } from './useTheme';

/** ThemeToggle switches between the light and dark theme and remembers the choice. */
export function ThemeToggle() {
  const theme = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="theme-toggle" aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`} onClick={() => setTheme(next)}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
