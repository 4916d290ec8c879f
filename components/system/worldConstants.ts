/**
 * The constants pages need about every browser world, in a module of their
 * own: importing them must not pull the engine into a page's bundle.
 */

/**
 * The virtual time every browser world starts at: a fixed Monday morning, so
 * the same seed and setup give the same data in every tab (lessons, shared
 * links and exercise checks depend on that).
 */
export const WORLD_START_MS = Date.UTC(2026, 0, 5, 6, 0, 0);
/** How much history a fresh world simulates before the page sees it. */
export const DEFAULT_HISTORY_MS = 60 * 60_000;
