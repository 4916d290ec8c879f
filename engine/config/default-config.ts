/**
 * DEFAULT_CONFIG_YAML is the prometheus.yml of the default world
 * (engine/world/topology.ts): node_exporter on eight VMs (static), the shop
 * API and ML inference pods (Kubernetes discovery, annotation-driven), and
 * the Pushgateway the batch jobs push to.
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

scrape_configs:
  # One node_exporter per VM, at fixed addresses.
  - job_name: node
    static_configs:
      - targets:
          - node-1:9100
          - node-2:9100
          - node-3:9100
          - node-4:9100
          - node-5:9100
          - node-6:9100
          - node-7:9100
          - node-8:9100

  # The shop API runs as pods whose names and IPs change with every rollout,
  # so Prometheus asks Kubernetes for them instead of listing addresses.
  - job_name: api
    kubernetes_sd_configs:
      - role: pod
        namespaces:
          names: [shop]
    relabel_configs: &pod_annotations
      # Scrape only pods that ask for it with prometheus.io/scrape: "true".
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
        regex: "true"
        action: keep
      # prometheus.io/path overrides /metrics.
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_path]
        regex: (.+)
        target_label: __metrics_path__
      # prometheus.io/port picks the port on the pod's IP.
      - source_labels: [__address__, __meta_kubernetes_pod_annotation_prometheus_io_port]
        regex: ([^:]+)(?::\\d+)?;(\\d+)
        replacement: $1:$2
        target_label: __address__
      # Keep where the series came from, under friendly names.
      - source_labels: [__meta_kubernetes_namespace]
        target_label: namespace
      - source_labels: [__meta_kubernetes_pod_name]
        target_label: pod
      - source_labels: [__meta_kubernetes_pod_node_name]
        target_label: node

  - job_name: ml
    kubernetes_sd_configs:
      - role: pod
        namespaces:
          names: [ml]
    relabel_configs: *pod_annotations

  # Batch jobs push to the Pushgateway; the job and instance labels on its
  # series are the pushers' own, so keep them instead of overwriting them
  # with the Pushgateway's (honor_labels: true).
  - job_name: pushgateway
    honor_labels: true
    static_configs:
      - targets: [pushgateway:9091]
`;
