/**
 * DEFAULT_RULES_YAML is the rule file of the default world
 * (`rules/default.yml`, matched by `rule_files: [rules/*.yml]` in the default
 * prometheus.yml): recording rules for the golden signals of the shop API
 * and alerts a learner can trigger with the world's incidents.
 */
export const DEFAULT_RULES_FILE = 'rules/default.yml';

export const DEFAULT_RULES_YAML = `# Rules for the playground world. Prometheus evaluates every group on its
# interval (global.evaluation_interval, 15s here) and writes the results of
# recording rules back as new series.
groups:
  # Recording rules precompute the expensive queries dashboards and alerts
  # share. Names follow the level:metric:operations convention: the labels
  # kept, the metric, then what was done to it.
  - name: golden-signals
    rules:
      # Traffic: requests per second of each job.
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))

      # Errors: requests answered with a 5xx status, per second...
      - record: job:http_request_errors:rate5m
        expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m]))

      # ...and their share of all requests. Rules in a group run in order, so
      # this one reads the two series recorded just above at the same instant.
      # Dividing summed rates (not averaging per-pod ratios) weights busy pods
      # correctly.
      - record: job:http_request_errors:ratio_rate5m
        expr: job:http_request_errors:rate5m / job:http_requests:rate5m

      # Latency: the 99th percentile. Sum the bucket rates across instances
      # first, keeping le, and only then take the quantile.
      - record: job:http_request_duration_seconds:p99_rate5m
        expr: histogram_quantile(0.99, sum by (job, le) (rate(http_request_duration_seconds_bucket[5m])))

      # Saturation: the busy share of each node's CPUs (1 - idle).
      - record: instance:node_cpu_utilisation:rate5m
        expr: 1 - avg without (cpu, mode) (rate(node_cpu_seconds_total{mode="idle"}[5m]))

  - name: alerts
    rules:
      # The classic: a target that cannot be scraped. up is written by
      # Prometheus itself for every scrape (1 = success, 0 = failure); "for"
      # waits 5 minutes so a single missed scrape does not page anyone.
      - alert: InstanceDown
        expr: up == 0
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "Instance {{ $labels.instance }} down"
          description: "{{ $labels.instance }} of job {{ $labels.job }} has not answered scrapes for more than 5 minutes."

      # Two alerts with the same name and different severities: the
      # Alertmanager's inhibition rule mutes the warning while the critical
      # one fires, so people get one message, not two.
      - alert: HighErrorRatio
        expr: job:http_request_errors:ratio_rate5m > 0.05
        for: 5m
        labels:
          severity: warning
        annotations:
          summary: "{{ $labels.job }}: {{ $value | humanizePercentage }} of requests fail"
      - alert: HighErrorRatio
        expr: job:http_request_errors:ratio_rate5m > 0.20
        for: 2m
        labels:
          severity: critical
        annotations:
          summary: "{{ $labels.job }}: {{ $value | humanizePercentage }} of requests fail"

      # The shop API's p99 is about 0.4s on a normal day; a slow release
      # (the bad-deploy incident) pushes it well past a second.
      - alert: HighLatencyP99
        expr: job:http_request_duration_seconds:p99_rate5m > 1
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: "{{ $labels.job }}: p99 latency is {{ $value | humanizeDuration }}"

      # predict_linear extrapolates the last hour's trend: alert when the
      # data volume would be full within 4 hours, long before it actually is.
      - alert: DiskWillFillIn4Hours
        expr: predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/data"}[1h], 4 * 3600) < 0
        for: 5m
        labels:
          severity: warning
        annotations:
          summary: "{{ $labels.instance }}: {{ $labels.mountpoint }} will be full within 4 hours"

      # Model drift: the population stability index of a live feature
      # against the training data; above 0.2 the model's inputs have changed.
      - alert: ModelDrift
        expr: max by (job, model) (model_feature_drift_score) > 0.2
        for: 15m
        labels:
          severity: warning
        annotations:
          summary: "Model {{ $labels.model }} sees drifted inputs (PSI {{ $value | printf \\"%.2f\\" }})"
`;
