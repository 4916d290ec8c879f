import { ApiService, DEFAULT_BATCH_JOBS, MlService, NodeExporter, pushgatewayEndpoint, scheduleBatchJob, type BatchJobSpec, type BatchRun, type SimExporter } from '../exporters/index';
import { Pushgateway } from '../pushgateway/index';
import { SimCluster, type K8sPod } from '../sd/index';
import { createNetwork, createRandom, hashUnit, VirtualClock, type Random, type SimNetwork } from '../sim/index';
import { Incidents } from './incidents';
import { createLoadModel, type LoadModel } from './load-model';
import { apiSignals, mlSignals, nodeSignals, scrapeDelay, type SignalContext } from './signals';
import type { SimTarget, TargetKind } from './targets';
import { DEFAULT_TOPOLOGY, type AppDeployment, type Topology } from './topology';
import { createIncidentHooks } from './world-hooks';

export interface WorldOptions {
  readonly seed: number;
  /** Virtual start time, integer ms since the epoch. */
  readonly startMs: number;
  readonly topology?: Topology;
  /** Exporter state step, ms (default 5000). */
  readonly stepMs?: number;
  readonly batchJobs?: readonly BatchJobSpec[];
  /** Peak shop traffic, req/s (default 360). */
  readonly peakApiRps?: number;
}

/**
 * World is one simulated production system. Prometheus's side (scrape loop,
 * rules) is not here: it registers its loops on `clock` and sends requests
 * through `network`, reaching the addresses `targets()` lists.
 */
export interface World {
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly network: SimNetwork;
  /** The Kubernetes cluster the API and inference pods run in (for kubernetes_sd_configs). */
  readonly cluster: SimCluster;
  readonly pushgateway: Pushgateway;
  readonly load: LoadModel;
  readonly incidents: Incidents;
  readonly topology: Topology;
  /** targets lists the running exporters (nodes, then pods in creation order). */
  targets(): readonly SimTarget[];
  /** exporter returns the exporter answering at `hostPort`. */
  exporter(hostPort: string): SimExporter | undefined;
  /** batchRuns lists the finished batch-job runs, oldest first. */
  batchRuns(): readonly BatchRun[];
}

/**
 * createWorld builds the default world: node_exporters on every VM, the API
 * and inference Deployments in the cluster (one exporter per pod, following
 * pod churn), the Pushgateway and the scheduled batch jobs. Everything
 * derives from `seed`; nothing reads the wall clock.
 */
export function createWorld(o: WorldOptions): World {
  const topology = o.topology ?? DEFAULT_TOPOLOGY;
  const clock = new VirtualClock(o.startMs);
  const random = createRandom(o.seed);
  const network = createNetwork();
  const cluster = new SimCluster();
  const load = createLoadModel({ seed: random.seed, peakApiRps: o.peakApiRps });
  const targets = new Map<string, SimTarget>();
  const exporters = new Map<string, SimExporter>();
  const versionLatency = new Map<string, number>();
  const runs: BatchRun[] = [];
  const deployment = (kind: 'api' | 'ml'): AppDeployment => {
    const d = topology.deployments.find((x) => x.kind === kind);
    if (d === undefined) throw new Error(`topology has no ${kind} deployment`);
    return d;
  };
  // Which targets serve changes only when pods come and go or the network changes;
  // the signal functions ask many times per step, so the answer is cached until then.
  let serving: Map<TargetKind, SimTarget[]> | undefined;
  let servingRevision = -1;
  const invalidate = (): void => {
    serving = undefined;
  };
  const hooks = createIncidentHooks({ network, cluster, topology, targets: () => [...targets.values()], versionLatency, deployment });
  const incidents: Incidents = new Incidents(clock, {
    onStart: (i) => {
      hooks.onStart(i);
      invalidate();
    },
    onEnd: (i) => {
      hooks.onEnd(i);
      invalidate();
    },
  });
  const ctx: SignalContext = {
    load,
    incidents,
    deployment,
    serving: (kind: TargetKind) => {
      if (serving === undefined || servingRevision !== network.revision) {
        servingRevision = network.revision;
        serving = new Map();
        for (const t of targets.values()) {
          if (!network.isUp(t.hostPort)) continue;
          const list = serving.get(t.kind) ?? [];
          list.push(t);
          serving.set(t.kind, list);
        }
      }
      return serving.get(kind) ?? [];
    },
    versionLatency,
  };
  const jitter = (name: string): number => 0.8 + 0.4 * hashUnit(random.seed, name.length, hashCode(name));

  for (const n of topology.nodes) {
    const hostPort = `${n.name}:${n.port}`;
    const t: SimTarget = { kind: 'node', name: n.name, hostPort, nodeName: n.name, namespace: '', version: '1.8.2', jitter: jitter(n.name) };
    const bootMs = o.startMs - Math.floor((3 + 40 * hashUnit(random.seed, 7, hashCode(n.name))) * 86_400_000);
    const exp = new NodeExporter({ ...n, nodename: n.name, bootMs, startMs: o.startMs, random: random.fork(`node/${n.name}`), signals: (tMs) => nodeSignals(ctx, t, tMs), scrapeDelayMs: (tMs) => scrapeDelay(ctx, t, tMs), stepMs: o.stepMs });
    network.setAddress(n.name, n.ip);
    network.register(hostPort, exp);
    // The same process answers on the node's InternalIP, where role: node discovery points.
    network.register(`${n.ip}:${n.port}`, exp);
    targets.set(hostPort, t);
    exporters.set(hostPort, exp);
    cluster.addNode({ name: n.name, labels: { 'node.kubernetes.io/instance-type': n.cpus >= 16 ? 'c6i.4xlarge' : 'c6i.2xlarge' } });
  }

  const addPod = (pod: K8sPod): void => {
    const d = topology.deployments.find((x) => x.namespace === pod.namespace && x.name === pod.deployment);
    if (d === undefined || pod.ip === '') return;
    const hostPort = `${pod.ip}:${d.port}`;
    const image = pod.containers[0]?.image ?? '';
    const version = image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : d.version;
    const t: SimTarget = { kind: d.kind, name: pod.name, hostPort, nodeName: pod.nodeName, namespace: pod.namespace, version, jitter: jitter(pod.name) };
    const rnd = random.fork(`pod/${pod.namespace}/${pod.name}`);
    const now = clock.nowMs;
    const exp = d.kind === 'api'
      ? new ApiService({ startMs: now, random: rnd, signals: (tMs) => apiSignals(ctx, t, tMs), scrapeDelayMs: (tMs) => scrapeDelay(ctx, t, tMs), stepMs: o.stepMs })
      : new MlService({ startMs: now, random: rnd, signals: (tMs) => mlSignals(ctx, t, tMs), scrapeDelayMs: (tMs) => scrapeDelay(ctx, t, tMs), stepMs: o.stepMs });
    network.register(hostPort, exp);
    targets.set(hostPort, t);
    exporters.set(hostPort, exp);
    invalidate();
  };
  const removePod = (pod: K8sPod): void => {
    for (const [hostPort, t] of targets) {
      if (t.name !== pod.name || t.namespace !== pod.namespace) continue;
      network.unregister(hostPort);
      targets.delete(hostPort);
      exporters.delete(hostPort);
    }
    invalidate();
  };
  cluster.subscribe((e) => {
    if (e.kind === 'pod-added') addPod(e.pod);
    else if (e.kind === 'pod-removed') removePod(e.pod);
  });
  for (const d of topology.deployments) {
    const annotations = { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(d.port), 'prometheus.io/path': '/metrics' };
    cluster.createDeployment({
      namespace: d.namespace,
      name: d.name,
      replicas: d.replicas,
      template: { labels: { app: d.name, 'app.kubernetes.io/name': d.name }, annotations, containers: [{ name: d.name, image: `${d.image}:${d.version}`, ports: [{ name: d.portName, containerPort: d.port }] }] },
    });
    cluster.createService({ namespace: d.namespace, name: d.name, labels: { app: d.name }, selector: { app: d.name }, ports: [{ name: d.portName, port: d.port, targetPort: d.portName }] });
  }

  const pushgateway = new Pushgateway({ startMs: o.startMs });
  network.register(topology.pushgateway, pushgatewayEndpoint(pushgateway));
  for (const spec of o.batchJobs ?? DEFAULT_BATCH_JOBS) {
    scheduleBatchJob({ clock, network, random: random.fork(`batch/${spec.job}`), spec, pushgatewayHostPort: topology.pushgateway, onRun: (r) => runs.push(r) });
  }

  return {
    clock, random, network, cluster, pushgateway, load, incidents, topology,
    targets: () => [...targets.values()],
    exporter: (hostPort) => exporters.get(hostPort) ?? undefined,
    batchRuns: () => runs,
  };
}

function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
