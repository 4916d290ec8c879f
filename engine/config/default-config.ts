/**
 * DEFAULT_CONFIG_YAML is the prometheus.yml of the default world. The
 * target addresses are the host names the simulated world registers on its
 * network (see engine/world): three node exporters, the API and ML
 * services, the Pushgateway, and Prometheus itself.
 */
export const DEFAULT_CONFIG_YAML = `# prometheus.yml for the playground world.
global:
  # Prometheus's built-in default is 1m; like the example config that ships
  # with Prometheus we scrape every 15s, which gives rate() enough points.
  scrape_interval: 15s
  # Rules (recording and alerting) are evaluated on the same beat.
  evaluation_interval: 15s
  # scrape_timeout defaults to 10s and must not exceed scrape_interval.

rule_files:
  - rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ["alertmanager:9093"]

scrape_configs:
  # Prometheus scrapes its own /metrics too.
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]

  # One node exporter per machine.
  - job_name: node
    static_configs:
      - targets: ["node-1:9100", "node-2:9100", "node-3:9100"]

  - job_name: api
    static_configs:
      - targets: ["api-1:8080", "api-2:8080"]
        labels:
          service: api

  - job_name: ml
    static_configs:
      - targets: ["ml-1:8000"]
        labels:
          service: ml

  # Batch jobs push to the Pushgateway; its job/instance labels are the
  # pushers' own, so keep them instead of overwriting them with the
  # Pushgateway's (honor_labels: true).
  - job_name: pushgateway
    honor_labels: true
    static_configs:
      - targets: ["pushgateway:9091"]
`;
