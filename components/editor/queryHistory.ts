/** The query history: most recent first, without duplicates, kept in local storage. */

const KEY = 'pp.queryHistory';
/** Sent on window whenever the history changes, so every editor on the page offers the same list. */
export const HISTORY_EVENT = 'pp:query-history';
const MAX = 50;

/** loadHistory reads the history; an unreadable or missing entry is an empty history. */
export function loadHistory(): string[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

/** rememberQuery moves `query` to the front of the history and returns the new list. */
export function rememberQuery(query: string): string[] {
  const q = query.trim();
  if (q === '') return loadHistory();
  const next = [q, ...loadHistory().filter((h) => h !== q)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: history simply is not kept.
  }
  if (typeof dispatchEvent === 'function') dispatchEvent(new Event(HISTORY_EVENT));
  return next;
}
