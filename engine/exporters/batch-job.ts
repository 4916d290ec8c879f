import { TEXT_CONTENT_TYPE } from '../exposition/index';
import { isNetworkError, type Network, type Random, type VirtualClock } from '../sim/index';
import { goFloat } from './format';

/** BatchJobSpec describes one scheduled job that pushes its result to the Pushgateway. */
export interface BatchJobSpec {
  /** Pushgateway `job` grouping label, e.g. `etl_orders`. */
  readonly job: string;
  readonly instance: string;
  /** Metric name prefix, e.g. `etl_orders` → `etl_orders_last_success_timestamp_seconds`. */
  readonly prefix: string;
  readonly periodMs: number;
  /** First run, as an offset from the start of the period grid (e.g. 5 min past the hour). */
  readonly offsetMs: number;
  /** Run time bounds, ms: short batch jobs finish between two scrapes. */
  readonly minDurationMs: number;
  readonly maxDurationMs: number;
  /** Probability that a run fails (seeded). */
  readonly failureChance: number;
  readonly meanRecords: number;
}

/** BatchRun records one finished run. */
export interface BatchRun {
  readonly job: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly ok: boolean;
  readonly records: number;
  /** The Pushgateway's HTTP status, or the network error text when the push did not arrive. */
  readonly pushResult: number | string;
}

/** The default jobs: an hourly ETL that fails now and then, a 6-hourly training run, a nightly backup. */
export const DEFAULT_BATCH_JOBS: readonly BatchJobSpec[] = [
  { job: 'etl_orders', instance: 'batch-1', prefix: 'etl_orders', periodMs: 3_600_000, offsetMs: 300_000, minDurationMs: 3_000, maxDurationMs: 12_000, failureChance: 0.15, meanRecords: 48_000 },
  { job: 'train_recommender', instance: 'gpu-batch-1', prefix: 'train_recommender', periodMs: 21_600_000, offsetMs: 1_800_000, minDurationMs: 8_000, maxDurationMs: 14_000, failureChance: 0.03, meanRecords: 2_400_000 },
  { job: 'db_backup', instance: 'batch-1', prefix: 'db_backup', periodMs: 86_400_000, offsetMs: 7_200_000, minDurationMs: 5_000, maxDurationMs: 13_000, failureChance: 0.02, meanRecords: 1_200_000 },
];

/**
 * scheduleBatchJob registers a job's runs on the clock. Each run lasts a
 * seeded time shorter than a scrape interval, then pushes to the
 * Pushgateway at `pushgatewayHostPort`: on success a `PUT` of the whole
 * group (`*_last_success_timestamp_seconds`, `*_duration_seconds`,
 * `*_records_processed`, `*_last_run_ok` 1); on failure a `POST` that only
 * replaces the metrics it carries (`*_last_failure_timestamp_seconds`,
 * duration, `*_last_run_ok` 0), so the last success time stays stale — the
 * signal an alert on `time() - *_last_success_timestamp_seconds` catches.
 * Returns a function that cancels future runs.
 */
export function scheduleBatchJob(o: {
  readonly clock: VirtualClock;
  readonly network: Network;
  readonly random: Random;
  readonly spec: BatchJobSpec;
  readonly pushgatewayHostPort: string;
  /** Called after every run. */
  readonly onRun?: (run: BatchRun) => void;
}): () => void {
  const { clock, spec } = o;
  const now = clock.nowMs;
  const gridStart = now - (now % spec.periodMs) + spec.offsetMs;
  const first = gridStart > now ? gridStart : gridStart + spec.periodMs;
  const timer = clock.every(spec.periodMs, (startMs) => {
    const r = o.random;
    const durationMs = spec.minDurationMs + r.int(spec.maxDurationMs - spec.minDurationMs + 1);
    const ok = !r.chance(spec.failureChance);
    const records = ok ? Math.round(spec.meanRecords * (0.8 + 0.4 * r.next())) : 0;
    clock.schedule(startMs + durationMs, (endMs) => {
      const body = ok ? successBody(spec, endMs, durationMs, records) : failureBody(spec, endMs, durationMs);
      const res = o.network.request(
        o.pushgatewayHostPort,
        { method: ok ? 'PUT' : 'POST', path: `/metrics/job/${spec.job}/instance/${spec.instance}`, query: {}, headers: { 'Content-Type': TEXT_CONTENT_TYPE }, body, tMs: endMs },
        10_000,
      );
      o.onRun?.({ job: spec.job, startMs, endMs, ok, records, pushResult: isNetworkError(res) ? res.error : res.status });
    });
  }, first);
  return () => clock.cancel(timer);
}

function gauge(name: string, help: string, value: number): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} gauge\n${name} ${goFloat(value)}\n`;
}

function successBody(s: BatchJobSpec, endMs: number, durationMs: number, records: number): string {
  return (
    gauge(`${s.prefix}_last_success_timestamp_seconds`, 'Unix time the job last finished successfully.', endMs / 1000) +
    gauge(`${s.prefix}_duration_seconds`, 'Duration of the last run in seconds.', durationMs / 1000) +
    gauge(`${s.prefix}_records_processed`, 'Records processed by the last successful run.', records) +
    gauge(`${s.prefix}_last_run_ok`, 'Whether the last run succeeded (1) or failed (0).', 1)
  );
}

function failureBody(s: BatchJobSpec, endMs: number, durationMs: number): string {
  return (
    gauge(`${s.prefix}_last_failure_timestamp_seconds`, 'Unix time the job last failed.', endMs / 1000) +
    gauge(`${s.prefix}_duration_seconds`, 'Duration of the last run in seconds.', durationMs / 1000) +
    gauge(`${s.prefix}_last_run_ok`, 'Whether the last run succeeded (1) or failed (0).', 0)
  );
}
