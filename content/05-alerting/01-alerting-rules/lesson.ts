import { defineLesson } from '@/content/schema';

const STARTER = `groups:
  - name: node-alerts
    rules:
      # Add an alert NodeExporterDown here: up of the node job is 0 for 1 minute,
      # with the label severity: warning and a summary annotation naming the instance.
`;

const SOLUTION = `groups:
  - name: node-alerts
    rules:
      - alert: NodeExporterDown
        expr: up{job="node"} == 0
        for: 1m
        labels:
          severity: warning
        annotations:
          summary: "node exporter {{ $labels.instance }} is down"
`;

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 20 * 60_000,
    incidents: [{ kind: 'instance-down', options: { target: 'node-4:9100' }, startedAgoMs: 3 * 60_000 }],
  },
  queries: ['ALERTS', 'up == 0'],
  exercises: {
    'node-exporter-down': {
      kind: 'config',
      file: 'rules',
      prompt: 'Write an alerting rule `NodeExporterDown` that fires when a target of the `node` job has been down for **1 minute**, with the label `severity: warning` and a `summary` annotation naming the instance. The check compares when its message reaches `#alerts` with the solution’s.',
      hints: [
        'The expression is `up{job="node"} == 0`.',
        'Add `for: 1m`, a `labels:` block with `severity: warning`, and `annotations:` with `summary: "… {{ $labels.instance }} …"`.',
      ],
      starter: STARTER,
      solution: SOLUTION,
      // ALERTS alone cannot tell `for: 1m` from no `for` once both fire; the #alerts message arrives a minute apart.
      probes: ['ALERTS{alertname="NodeExporterDown"}', { kind: 'deliveries', alerts: { alertname: 'NodeExporterDown' }, toleranceMs: 30_000 }],
      afterMs: 8 * 60_000,
      scenario: { incidents: [{ kind: 'instance-down', options: { target: 'node-4:9100' }, startedAgoMs: 5 * 60_000 }] },
      wrongAnswers: [
        { answer: SOLUTION.replace('        for: 1m\n', ''), says: 'does your rule wait long enough (`for:`)' },
        { answer: SOLUTION.replace('severity: warning', 'severity: critical'), says: 'severity' },
      ],
    },
  },
});
