import { embedSearch, type EmbedConfig, type EmbedKind } from './embedParams';

/** BASE_PATH is the sub-path the app is served under ('' at the root), fixed at build time. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** embedPath is the path (base path included) of an embed showing `config`. */
export function embedPath(kind: EmbedKind, config: EmbedConfig): string {
  return `${BASE_PATH}/embed/${kind}${embedSearch(kind, config)}`;
}

/** absoluteUrl makes a path absolute against the page's origin (for links people copy). */
export function absoluteUrl(path: string): string {
  return typeof window === 'undefined' ? path : new URL(path, window.location.origin).toString();
}
