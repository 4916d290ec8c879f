/**
 * The default topology of the simulated production system — the list the
 * default prometheus.yml scrapes. Addresses are what the world registers on
 * its simulated network.
 *
 * | what | where | how Prometheus finds it |
 * |---|---|---|
 * | node_exporter on 8 VMs | `node-1:9100` … `node-8:9100` (also `10.0.1.N:9100`, the node's InternalIP) | `static_configs` |
 * | shop API, 8 replicas (Go, client_golang) | pods of Deployment `shop/api`, `<podIP>:8080`, port name `http` | `kubernetes_sd_configs` role `pod` (or `endpoints` via Service `shop/api`) |
 * | ML inference, 6 replicas | pods of Deployment `ml/inference`, `<podIP>:8000`, port name `metrics` | `kubernetes_sd_configs` role `pod` / `endpoints` via Service `ml/inference` |
 * | Pushgateway (batch jobs push here) | `pushgateway:9091` | `static_configs` with `honor_labels: true` |
 *
 * Pod IPs are `10.244.<node>.<n>` as the simulated cluster assigns them; a
 * rollout (the bad-deploy incident) replaces pods, so their names and IPs
 * change — Kubernetes discovery follows, static configs could not. Pods
 * carry `app` labels and `prometheus.io/scrape|port|path` annotations so the
 * common annotation-based relabelling works.
 */

/** NodeHost is one VM running node_exporter (and kubelet: it is also a Kubernetes node). */
export interface NodeHost {
  readonly name: string;
  readonly port: number;
  readonly cpus: number;
  readonly memTotalBytes: number;
  /** The node's InternalIP in the cluster. */
  readonly ip: string;
}

/** AppDeployment is one Kubernetes Deployment of instrumented pods. */
export interface AppDeployment {
  readonly kind: 'api' | 'ml';
  readonly namespace: string;
  readonly name: string;
  readonly replicas: number;
  readonly port: number;
  readonly portName: string;
  readonly image: string;
  /** Version the image tag starts at (the deploy incident rolls it forward). */
  readonly version: string;
  /** Requests per second one replica serves before it saturates. */
  readonly capacityRps: number;
}

export interface Topology {
  readonly nodes: readonly NodeHost[];
  readonly deployments: readonly AppDeployment[];
  readonly pushgateway: string;
}

const GiB = 2 ** 30;

export const DEFAULT_TOPOLOGY: Topology = {
  nodes: Array.from({ length: 8 }, (_, i) => ({
    name: `node-${i + 1}`,
    port: 9100,
    cpus: i < 2 ? 16 : 8,
    memTotalBytes: (i < 2 ? 64 : 32) * GiB,
    ip: `10.0.1.${i + 1}`,
  })),
  deployments: [
    { kind: 'api', namespace: 'shop', name: 'api', replicas: 8, port: 8080, portName: 'http', image: 'registry.example.com/shop/api', version: '1.14.2', capacityRps: 120 },
    { kind: 'ml', namespace: 'ml', name: 'inference', replicas: 6, port: 8000, portName: 'metrics', image: 'registry.example.com/ml/inference', version: '2.3.1', capacityRps: 40 },
  ],
  pushgateway: 'pushgateway:9091',
};

/** nodeTargets lists `host:port` of every node_exporter, for a static config. */
export function nodeTargets(t: Topology = DEFAULT_TOPOLOGY): string[] {
  return t.nodes.map((n) => `${n.name}:${n.port}`);
}
