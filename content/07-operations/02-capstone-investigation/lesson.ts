import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 11,
    historyMs: 55 * 60_000,
    incidents: [
      { kind: 'bad-deploy', startedAgoMs: 25 * 60_000 },
      { kind: 'disk-filling', options: { target: 'node-2' }, startedAgoMs: 15 * 60_000 },
    ],
  },
  queries: ['job:http_request_duration_seconds:p99_rate5m', 'count by (version) (api_build_info)', 'ALERTS'],
  exercises: {
    'p99-ratio': {
      kind: 'query',
      prompt: 'How many times higher is the `api` job\u2019s p99 latency now than 40 minutes ago? Use the recorded series `job:http_request_duration_seconds:p99_rate5m`; return one series per `job`.',
      hints: ['Divide the series by itself with `offset 40m`.', 'Both sides have the same labels (`job`), so they match one to one.'],
      solution: 'job:http_request_duration_seconds:p99_rate5m / job:http_request_duration_seconds:p99_rate5m offset 40m',
      tolerance: 0.05,
      wrongAnswers: [{ answer: 'job:http_request_duration_seconds:p99_rate5m', says: 'values differ' }],
    },
    'old-version': {
      kind: 'query',
      prompt: 'Which API versions were running 40 minutes ago? Return the number of pods per `version` at that time.',
      hints: ['`count by (version) (api_build_info)` gives the current picture.', 'Add `offset 40m` after the selector.'],
      solution: 'count by (version) (api_build_info offset 40m)',
      wrongAnswers: [{ answer: 'api_build_info offset 40m', says: 'still has the' }],
    },
    'newest-start': {
      kind: 'query',
      prompt: 'How many **minutes** ago did the most recently started API process start? Return one series without labels.',
      hints: ['Go clients expose `process_start_time_seconds` (a Unix time); `time()` is now in seconds.', 'Subtract the `max` start time from `time()` and divide by 60.'],
      solution: '(time() - max(process_start_time_seconds{job="api"})) / 60',
      tolerance: 0.02,
      wrongAnswers: [{ answer: 'time() - max(process_start_time_seconds{job="api"})', says: 'values differ' }],
    },
    'filling-disk': {
      kind: 'query',
      prompt: 'Return the `/var/lib/data` filesystems whose free space, extrapolated from the last 15 minutes, will be below zero within 4 hours (keep all labels).',
      hints: ['`predict_linear(…[15m], 4 * 3600)`.', 'Filter with `< 0`.'],
      solution: 'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/data"}[15m], 4 * 3600) < 0',
      tolerance: 0.05,
      wrongAnswers: [{ answer: 'node_filesystem_avail_bytes{mountpoint="/var/lib/data"} < 0', says: 'no series' }],
    },
  },
});
