import { labelsFromPairs, type Labels } from '../model/labels';
import type { StaticConfig } from '../config';
import { ADDRESS_LABEL, type TargetGroup } from './types';

/**
 * staticGroups turns a job's `static_configs` into target groups, one per
 * entry, with sources `0`, `1`, … as Prometheus numbers them.
 */
export function staticGroups(configs: readonly StaticConfig[]): TargetGroup[] {
  return configs.map((c, i) => ({
    source: String(i),
    targets: c.targets.map((addr): Labels => labelsFromPairs([[ADDRESS_LABEL, addr]])),
    labels: c.labels,
  }));
}
