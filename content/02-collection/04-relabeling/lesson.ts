import { defineLesson } from '@/content/schema';

const STARTER = `global:
  scrape_interval: 15s
  evaluation_interval: 15s

scrape_configs:
  - job_name: ml
    kubernetes_sd_configs:
      - role: pod
        namespaces:
          names: [ml]
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
        regex: "true"
        action: keep
      - source_labels: [__address__, __meta_kubernetes_pod_annotation_prometheus_io_port]
        regex: ([^:]+)(?::\\d+)?;(\\d+)
        replacement: $1:$2
        target_label: __address__
      - source_labels: [__meta_kubernetes_pod_name]
        target_label: pod
      # Add a rule here that copies the pod's "app" label into a label called app.
`;

const SOLUTION = STARTER.replace(
  "      # Add a rule here that copies the pod's \"app\" label into a label called app.\n",
  '      - source_labels: [__meta_kubernetes_pod_label_app]\n        target_label: app\n',
);

export default defineLesson({
  world: { seed: 1, historyMs: 20 * 60_000 },
  queries: ['up{job="ml"}'],
  exercises: {
    'copy-app-label': {
      kind: 'config',
      file: 'prometheus',
      prompt: 'In this trimmed `prometheus.yml`, add a relabel rule to the `ml` job that copies the Kubernetes pod label `app` into a target label named `app`.',
      hints: [
        'Discovery exposes pod labels as `__meta_kubernetes_pod_label_<name>`.',
        'A rule with only `source_labels` and `target_label` copies the value (action `replace`, regex `(.*)`, replacement `$1`).',
      ],
      starter: STARTER,
      solution: SOLUTION,
      probes: ['count by (app) (up{job="ml"})'],
      afterMs: 2 * 60_000,
    },
  },
});
