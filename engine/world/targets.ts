/**
 * What the world runs, as incidents and signals see it: every simulated
 * process with the names a learner may use to point at it.
 */

export type TargetKind = 'node' | 'api' | 'ml';

/** SimTarget is one running exporter in the world. */
export interface SimTarget {
  readonly kind: TargetKind;
  /** Node name (`node-3`) or pod name (`api-7d9f8c6b5d-x2k4q`). */
  readonly name: string;
  /** The address it is scraped at. */
  readonly hostPort: string;
  /** The Kubernetes node it runs on (itself, for a node). */
  readonly nodeName: string;
  readonly namespace: string;
  /** The version it runs (pods: the image tag). */
  readonly version: string;
  /** A per-target factor in 0.8…1.2, so replicas are alike but not identical. */
  readonly jitter: number;
}

/** SERVICE_ALIASES maps the service names incidents accept to target kinds. */
const SERVICE_ALIASES: Readonly<Record<string, TargetKind>> = { node: 'node', nodes: 'node', api: 'api', shop: 'api', ml: 'ml', inference: 'ml' };

/**
 * targetMatches tells whether an incident's target string names `t`: ''
 * (everything), a service alias, the exact host:port, or the node/pod name.
 */
export function targetMatches(target: string, t: SimTarget): boolean {
  if (target === '') return true;
  const kind = SERVICE_ALIASES[target];
  if (kind !== undefined) return kind === t.kind;
  return target === t.hostPort || target === t.name;
}
