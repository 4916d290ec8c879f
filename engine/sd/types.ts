import type { Labels } from '../model/labels';

/**
 * TargetGroup is what a service discovery mechanism hands the scrape
 * manager, as Prometheus's `targetgroup.Group`: `targets` each carry at least
 * `__address__` (plus `__meta_*` labels), `labels` apply to all of them
 * (a target's own label wins). `source` identifies the group within its
 * provider (`pod/default/api-7d9f-x2k4q`, `targets.json:0`); an update with
 * the same source replaces the group.
 */
export interface TargetGroup {
  readonly source: string;
  readonly targets: readonly Labels[];
  readonly labels: Labels;
}

/** DiscoveryError is a problem a provider reports while keeping its last good state. */
export interface DiscoveryError {
  /** What failed: a file path, or a provider name. */
  readonly source: string;
  readonly message: string;
}

/**
 * VirtualFS is the read-only file system file SD reads: path → file text.
 * A plain `Map<string, string>` satisfies it.
 */
export type VirtualFS = ReadonlyMap<string, string>;

export const ADDRESS_LABEL = '__address__';
