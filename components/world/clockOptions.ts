/** The choices the clock controls offer. Times are virtual milliseconds. */

/** Virtual ms per wall ms; the engine accepts 1…3600. */
export const SPEEDS: readonly number[] = [1, 10, 60, 600, 3600];
/** A fresh tab's clock plays in real time. */
export const DEFAULT_SPEED = 1;
/** A fresh tab's world (components/system/worldSession.ts DEFAULT_SETUP; not imported: that module builds worlds). */
export const DEFAULT_SEED = 1;

export const ADVANCE_OPTIONS: readonly [label: string, ms: number][] = [
  ['+1m', 60_000],
  ['+15m', 15 * 60_000],
  ['+1h', 3_600_000],
];

/** How long a started incident lasts; null = until stopped. */
export const INCIDENT_DURATIONS: readonly [label: string, ms: number | null][] = [
  ['5 minutes', 5 * 60_000],
  ['15 minutes', 15 * 60_000],
  ['30 minutes', 30 * 60_000],
  ['1 hour', 3_600_000],
  ['until stopped', null],
];

/** Targets an incident can aim at: a service, every node, one node, or everything (''). */
export const INCIDENT_TARGETS: readonly string[] = ['api', 'ml', 'node', ...Array.from({ length: 8 }, (_, i) => `node-${i + 1}`)];
