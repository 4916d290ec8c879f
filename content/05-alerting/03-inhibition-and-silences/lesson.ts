import { defineLesson } from '@/content/schema';
import { DEFAULT_ALERTMANAGER_YAML } from '@/engine/system/defaults/alertmanager';

/** The world's own alertmanager.yml is the solution: its inhibition rule is what the exercise asks for. */
const INHIBIT_SOLUTION = DEFAULT_ALERTMANAGER_YAML;

const INHIBIT_RULE = `inhibit_rules:
  - source_matchers:
      - severity = "critical"
    target_matchers:
      - severity = "warning"
    equal: [alertname, job]
`;

const INHIBIT_STARTER = INHIBIT_SOLUTION.replace(INHIBIT_RULE, '# Add inhibit_rules here.\n');

/** A severe error burst on one handler: both HighErrorRatio rules fire, the critical one first. */
const errorBurst = (startedAgoMs: number) => [
  { kind: 'error-burst' as const, options: { params: { handler: '/api/v1/products', ratio: 0.7 } }, startedAgoMs },
];

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 30 * 60_000,
    incidents: errorBurst(15 * 60_000),
  },
  queries: ['ALERTS{alertname="HighErrorRatio"}', 'job:http_request_errors:ratio_rate5m'],
  exercises: {
    'both-severities': {
      kind: 'query',
      prompt: 'Inhibition happens in the Alertmanager, not in Prometheus. Return the `HighErrorRatio` alerts that Prometheus reports as **firing** (keep all their labels).',
      hints: ['Alerts are the series `ALERTS`.', 'Match `alertname="HighErrorRatio"` and `alertstate="firing"`.'],
      solution: 'ALERTS{alertname="HighErrorRatio", alertstate="firing"}',
      wrongAnswers: [
        { answer: 'ALERTS{alertname="HighErrorRatio", severity="critical"}', says: 'series' },
      ],
    },
    'mute-the-warning': {
      kind: 'config',
      file: 'alertmanager',
      prompt: 'This alertmanager.yml has lost its inhibition rule. Add one so that while a `critical` alert fires, the `warning` with the same `alertname` and `job` is not sent: during the error burst only the critical `HighErrorRatio` may reach an inbox.',
      hints: [
        'An `inhibit_rules` entry has `source_matchers` (the alert that mutes), `target_matchers` (the alerts it mutes) and `equal` (labels both must share).',
        'Source `severity = "critical"`, target `severity = "warning"`, `equal: [alertname, job]`.',
      ],
      starter: INHIBIT_STARTER,
      solution: INHIBIT_SOLUTION,
      probes: [{ kind: 'deliveries', alerts: { alertname: 'HighErrorRatio' } }],
      afterMs: 15 * 60_000,
      scenario: { incidents: errorBurst(12 * 60_000) },
      wrongAnswers: [
        { answer: INHIBIT_STARTER, says: 'is an `inhibit_rules` entry missing' },
        { answer: INHIBIT_SOLUTION.replace('source_matchers:\n      - severity = "critical"\n    target_matchers:\n      - severity = "warning"', 'source_matchers:\n      - severity = "warning"\n    target_matchers:\n      - severity = "critical"'), says: 'your inhibit rule with target `severity="critical"` mutes it' },
      ],
    },
  },
});
