/**
 * The incidents the world can stage, one table: each kind's parameters with
 * their defaults and what a learner will see in the metrics.
 */

export type IncidentKind =
  | 'instance-down'
  | 'traffic-spike'
  | 'error-burst'
  | 'bad-deploy'
  | 'memory-leak'
  | 'disk-filling'
  | 'slow-scrape'
  | 'cardinality-explosion'
  | 'model-drift';

export type IncidentParams = Readonly<Record<string, number | string>>;

export interface IncidentKindInfo {
  readonly title: string;
  /** What changes in the metrics. */
  readonly effect: string;
  /** The target when none is given: a service (`api`, `ml`, `node`), a host:port, a node or pod name, or '' for everything. */
  readonly defaultTarget: string;
  readonly defaults: IncidentParams;
}

export const INCIDENT_KINDS: Readonly<Record<IncidentKind, IncidentKindInfo>> = {
  'instance-down': {
    title: 'Instance down',
    effect: 'The target stops answering: `mode: "process"` refuses connections, `mode: "host"` times out. `up` becomes 0.',
    defaultTarget: 'node-3',
    defaults: { mode: 'process' },
  },
  'traffic-spike': {
    title: 'Traffic spike',
    effect: 'Request rates multiply; saturation raises latency, past capacity 503s and inference timeouts appear; node CPU and network follow.',
    defaultTarget: '',
    defaults: { multiplier: 4 },
  },
  'error-burst': {
    title: 'Error burst on one handler',
    effect: 'A share of one handler’s requests fail with 500.',
    defaultTarget: 'api',
    defaults: { handler: '/api/v1/checkout', ratio: 0.25 },
  },
  'bad-deploy': {
    title: 'Latency regression after a deploy',
    effect: 'A rollout replaces the API pods (new names, IPs and `version` label); the new version is slower. Stopping it rolls back.',
    defaultTarget: 'api',
    defaults: { version: '1.15.0', latencyFactor: 3 },
  },
  'memory-leak': {
    title: 'Memory leak',
    effect: 'Heap and RSS grow until the container is OOM-killed and restarts: counters reset, `process_start_time_seconds` moves.',
    defaultTarget: 'api',
    defaults: { bytesPerSec: 150_000 },
  },
  'disk-filling': {
    title: 'Disk filling up',
    effect: '`node_filesystem_avail_bytes` of /var/lib/data falls steadily towards 0.',
    defaultTarget: 'node-2',
    defaults: { bytesPerSec: 40_000_000 },
  },
  'slow-scrape': {
    title: 'Slow scrape',
    effect: 'The target answers after `delayMs`; beyond the scrape timeout the scrape fails with `context deadline exceeded`.',
    defaultTarget: 'node-1',
    defaults: { delayMs: 12_000 },
  },
  'cardinality-explosion': {
    title: 'Cardinality explosion',
    effect: '`api_user_requests_total` gains a new `user_id` series for every new user, until the process restarts.',
    defaultTarget: 'api',
    defaults: { usersPerSec: 2 },
  },
  'model-drift': {
    title: 'Model drift',
    effect: '`model_feature_drift_score` of one model rises over `rampMs`; incorrect prediction feedback rises with it.',
    defaultTarget: 'ml',
    defaults: { model: 'recommender', score: 0.6, rampMs: 1_800_000 },
  },
};

export function isIncidentKind(s: string): s is IncidentKind {
  return Object.prototype.hasOwnProperty.call(INCIDENT_KINDS, s);
}
