import { DEFAULT_TIMESERIES, type Dashboard } from './model';

const JOB = 'job=~"$job"';

/**
 * BATCH_JOBS shows the batch jobs that push their results to the
 * Pushgateway (`etl_orders` hourly, `train_recommender` every 6 h,
 * `db_backup` nightly): when each last succeeded, how long it ran, and its
 * failures. Each job names its metrics by its own prefix, so the queries
 * match on the name's suffix and read the job from the `job` label
 * (kept by `honor_labels: true`).
 */
export const BATCH_JOBS: Dashboard = {
  uid: 'batch-jobs',
  title: 'Batch jobs',
  description: 'Jobs too short to be scraped push their outcome to the Pushgateway; Prometheus scrapes the last push. These panels ask: did each job succeed recently, and how long did it take?',
  tags: ['pushgateway', 'batch'],
  rangeMs: 3_600_000,
  refreshMs: 15_000,
  variables: [{ kind: 'query', name: 'job', label: 'Job', query: 'label_values(push_time_seconds, job)', multi: true, includeAll: true }],
  rows: [
    {
      title: 'Last success',
      panels: [
        {
          id: 'batch-since-success', type: 'bargauge', title: 'Time since last success', unit: 's', w: 12, h: 7, min: 0, max: 6 * 3600,
          thresholds: [{ value: null, color: 'green' }, { value: 2 * 3600, color: 'orange' }, { value: 4 * 3600, color: 'red' }],
          description: 'How long ago each job last finished successfully; a bar past its schedule means the job is failing or not running at all.',
          queries: [{ expr: `time() - max by (job) ({__name__=~".+_last_success_timestamp_seconds",${JOB}})`, legend: '{{job}}' }],
        },
        {
          id: 'batch-last-run', type: 'stat', title: 'Last run', unit: 'none', w: 6, h: 7,
          description: 'Whether each job’s most recent run succeeded (a failed run pushes 0 and leaves the success time stale).',
          mappings: [{ kind: 'value', value: '1', text: 'OK', color: 'green' }, { kind: 'value', value: '0', text: 'FAILED', color: 'red' }],
          queries: [{ expr: `max by (job) ({__name__=~".+_last_run_ok",${JOB}})`, legend: '{{job}}' }],
        },
        {
          id: 'batch-about', type: 'text', title: 'Why push?', unit: 'none', w: 6, h: 7, queries: [],
          description: 'How batch jobs reach Prometheus.',
          content: 'A batch job may finish **between two scrapes**, so it pushes its result to the **Pushgateway**, which keeps the *last* push per job.\n\n- Alert on `time() - …_last_success_timestamp_seconds`, not on failures: a job that never runs pushes nothing.\n- `push_time_seconds` tells when anything last arrived.',
        },
      ],
    },
    {
      title: 'Runs',
      panels: [
        {
          id: 'batch-duration', type: 'timeseries', title: 'Duration of the last run', unit: 's', w: 12, h: 8, min: 0,
          description: 'The run time each job pushed; a job that slowly takes longer will one day overlap its next run.',
          timeseries: { ...DEFAULT_TIMESERIES, drawStyle: 'points', spanNulls: false },
          legendCalcs: ['last', 'max'],
          queries: [{ expr: `max by (job) ({__name__=~".+_duration_seconds",${JOB}})`, legend: '{{job}}' }],
        },
        {
          id: 'batch-failures', type: 'stat', title: 'Failed runs in range', unit: 'short', w: 6, h: 8,
          thresholds: [{ value: null, color: 'green' }, { value: 1, color: 'red' }],
          description: 'Runs that pushed a failure during the dashboard’s range, per job.',
          queries: [{ expr: `sum by (job) (changes({__name__=~".+_last_failure_timestamp_seconds",${JOB}}[$__range])) or sum by (job) (0 * {__name__=~".+_last_run_ok",${JOB}})`, legend: '{{job}}' }],
        },
        {
          id: 'batch-records', type: 'table', title: 'Records processed by the last success', unit: 'short', w: 6, h: 8,
          description: 'What each job’s last successful run processed; zero or a sudden drop is worth a look even when the run “succeeded”.',
          queries: [{ expr: `max by (job, instance) ({__name__=~".+_records_processed",${JOB}})` }],
        },
        {
          id: 'batch-push-age', type: 'timeseries', title: 'Age of the last push', unit: 's', w: 24, h: 7, min: 0,
          description: 'Seconds since the Pushgateway last heard from each job: a sawtooth that resets at every run; a ramp that never resets is a job that stopped.',
          timeseries: { ...DEFAULT_TIMESERIES, fillOpacity: 10 },
          queries: [{ expr: `time() - max by (job) (push_time_seconds{${JOB}})`, legend: '{{job}}' }],
        },
      ],
    },
  ],
};
