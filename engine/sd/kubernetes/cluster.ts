import { podTemplateHash, safeSuffix, uid } from './ids';
import type { ClusterEvent, K8sDeployment, K8sNode, K8sPod, K8sPodTemplate, K8sService, KeyValues } from './objects';

/** NodeSpec is what addNode needs; the rest is derived. */
export interface NodeSpec {
  readonly name: string;
  /** The InternalIP; default `10.0.1.<n>` for the n-th node added. */
  readonly ip?: string;
  readonly labels?: KeyValues;
  readonly annotations?: KeyValues;
}

export interface DeploymentSpec {
  readonly namespace?: string;
  readonly name: string;
  readonly replicas: number;
  readonly template: K8sPodTemplate;
}

export interface ServiceSpec {
  readonly namespace?: string;
  readonly name: string;
  readonly labels?: KeyValues;
  readonly annotations?: KeyValues;
  readonly selector: KeyValues;
  readonly ports: K8sService['ports'];
  readonly type?: K8sService['type'];
}

/**
 * SimCluster is a deterministic Kubernetes cluster: nodes, deployments
 * (through ReplicaSets) and their pods, and services. It changes only
 * through its actions, each applied at once (the world schedules them in
 * virtual time); `version` counts changes so discovery can poll cheaply.
 *
 * Scheduling puts a new pod on the ready node with the fewest pods (ties by
 * node order). Pod IPs come from the node's pod CIDR `10.244.<n>.0/24` in
 * order, so a replaced pod gets a new IP, as in a real cluster.
 */
export class SimCluster {
  private readonly nodeList: K8sNode[] = [];
  private readonly deployments = new Map<string, K8sDeployment>();
  private readonly podMap = new Map<string, K8sPod>();
  private readonly serviceMap = new Map<string, K8sService>();
  private readonly listeners: ((e: ClusterEvent) => void)[] = [];
  private readonly nextPodIp = new Map<string, number>();
  private counter = 0;
  private changes = 0;

  /** version increases with every change. */
  get version(): number {
    return this.changes;
  }

  nodes(): readonly K8sNode[] {
    return this.nodeList;
  }

  /** pods lists the pods in creation order. */
  pods(): K8sPod[] {
    return [...this.podMap.values()];
  }

  services(): K8sService[] {
    return [...this.serviceMap.values()];
  }

  deployment(namespace: string, name: string): K8sDeployment | undefined {
    return this.deployments.get(`${namespace}/${name}`);
  }

  /** subscribe registers a watcher for pod and node changes; returns an unsubscribe function. */
  subscribe(fn: (e: ClusterEvent) => void): () => void {
    this.listeners.push(fn);
    return () => {
      const i = this.listeners.indexOf(fn);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  addNode(spec: NodeSpec): K8sNode {
    const index = this.nodeList.length + 1;
    const node: K8sNode = {
      name: spec.name,
      uid: uid(`node/${spec.name}`),
      ip: spec.ip ?? `10.0.1.${index}`,
      labels: { 'kubernetes.io/hostname': spec.name, 'kubernetes.io/os': 'linux', ...spec.labels },
      annotations: spec.annotations ?? {},
      providerId: `sim://playground/${spec.name}`,
      ready: true,
      kubeletPort: 10250,
    };
    this.nodeList.push(node);
    this.nextPodIp.set(node.name, 2);
    this.changed({ kind: 'node-changed', node });
    this.reconcileAll();
    return node;
  }

  createDeployment(spec: DeploymentSpec): void {
    const namespace = spec.namespace ?? 'default';
    const key = `${namespace}/${spec.name}`;
    if (this.deployments.has(key)) throw new Error(`deployments.apps ${JSON.stringify(spec.name)} already exists`);
    this.deployments.set(key, { namespace, name: spec.name, replicas: spec.replicas, template: spec.template, revision: 1 });
    this.reconcile(key);
  }

  /**
   * rollout changes a deployment's pod template (a new image, annotations,
   * labels) and replaces all its pods with pods of a new ReplicaSet: new
   * names, new IPs, new uids. The replacement is immediate.
   */
  rollout(namespace: string, name: string, change: Partial<K8sPodTemplate> = {}): void {
    const d = this.mustDeployment(namespace, name);
    this.deployments.set(`${namespace}/${name}`, { ...d, template: { ...d.template, ...change }, revision: d.revision + 1 });
    for (const p of this.podsOf(d)) this.removePod(p);
    this.reconcile(`${namespace}/${name}`);
  }

  /** scale sets a deployment's replica count; scaling down removes the newest pods first. */
  scale(namespace: string, name: string, replicas: number): void {
    const d = this.mustDeployment(namespace, name);
    this.deployments.set(`${namespace}/${name}`, { ...d, replicas: Math.max(0, Math.floor(replicas)) });
    this.reconcile(`${namespace}/${name}`);
  }

  deleteDeployment(namespace: string, name: string): void {
    const d = this.mustDeployment(namespace, name);
    this.deployments.delete(`${namespace}/${name}`);
    for (const p of this.podsOf(d)) this.removePod(p);
  }

  /** deletePod removes one pod; its deployment replaces it with a new one. */
  deletePod(namespace: string, name: string): void {
    const p = this.podMap.get(`${namespace}/${name}`);
    if (p === undefined) throw new Error(`pods ${JSON.stringify(name)} not found`);
    this.removePod(p);
    if (p.deployment !== '') this.reconcile(`${namespace}/${p.deployment}`);
  }

  /** setPodReady flips a pod's readiness (a failing readiness probe); it stays Running. */
  setPodReady(namespace: string, name: string, ready: boolean): void {
    const p = this.podMap.get(`${namespace}/${name}`);
    if (p === undefined) throw new Error(`pods ${JSON.stringify(name)} not found`);
    this.podMap.set(`${namespace}/${name}`, { ...p, ready });
    this.changed();
  }

  /**
   * failNode marks a node NotReady and evicts its pods at once (a real
   * cluster waits out the eviction timeout first); their deployments
   * reschedule them on the remaining ready nodes.
   */
  failNode(name: string): void {
    this.setNodeReady(name, false);
    for (const p of [...this.podMap.values()]) if (p.nodeName === name) this.removePod(p);
    this.reconcileAll();
  }

  /** recoverNode makes a failed node Ready again; pending pods may land on it. */
  recoverNode(name: string): void {
    this.setNodeReady(name, true);
    this.reconcileAll();
  }

  createService(spec: ServiceSpec): void {
    const namespace = spec.namespace ?? 'default';
    const n = this.serviceMap.size + 1;
    this.serviceMap.set(`${namespace}/${spec.name}`, {
      namespace,
      name: spec.name,
      labels: spec.labels ?? {},
      annotations: spec.annotations ?? {},
      selector: spec.selector,
      ports: spec.ports,
      clusterIp: `10.96.${Math.floor(n / 250)}.${(n % 250) + 1}`,
      type: spec.type ?? 'ClusterIP',
    });
    this.changed();
  }

  private setNodeReady(name: string, ready: boolean): void {
    const i = this.nodeList.findIndex((n) => n.name === name);
    if (i < 0) throw new Error(`nodes ${JSON.stringify(name)} not found`);
    const node = { ...this.nodeList[i]!, ready };
    this.nodeList[i] = node;
    this.changed({ kind: 'node-changed', node });
  }

  private mustDeployment(namespace: string, name: string): K8sDeployment {
    const d = this.deployments.get(`${namespace}/${name}`);
    if (d === undefined) throw new Error(`deployments.apps ${JSON.stringify(name)} not found`);
    return d;
  }

  private podsOf(d: K8sDeployment): K8sPod[] {
    return [...this.podMap.values()].filter((p) => p.namespace === d.namespace && p.deployment === d.name);
  }

  private reconcileAll(): void {
    for (const key of [...this.deployments.keys()]) this.reconcile(key);
  }

  /** reconcile brings a deployment's pod count to its replicas, placing pending pods when nodes allow. */
  private reconcile(key: string): void {
    const d = this.deployments.get(key);
    if (d === undefined) return;
    const pods = this.podsOf(d);
    for (const p of pods.filter((x) => x.nodeName === '')) {
      if (this.pickNode() !== undefined) this.removePod(p);
    }
    let live = this.podsOf(d);
    while (live.length > d.replicas) {
      this.removePod(live[live.length - 1]!);
      live = this.podsOf(d);
    }
    for (let i = live.length; i < d.replicas; i++) this.addPod(d);
  }

  private addPod(d: K8sDeployment): void {
    const rs = `${d.name}-${podTemplateHash(d.namespace, d.name, d.revision)}`;
    const seq = ++this.counter;
    const name = `${rs}-${safeSuffix(`${rs}#${seq}`, 5)}`;
    const node = this.pickNode();
    let ip = '';
    if (node !== undefined) {
      const n = this.nextPodIp.get(node.name) ?? 2;
      this.nextPodIp.set(node.name, n + 1);
      const nodeIndex = this.nodeList.indexOf(node) + 1;
      ip = `10.244.${nodeIndex}.${(n % 254) + 1}`;
    }
    const pod: K8sPod = {
      namespace: d.namespace,
      name,
      uid: uid(`pod/${d.namespace}/${name}`),
      ip,
      hostIp: node?.ip ?? '',
      nodeName: node?.name ?? '',
      labels: { ...d.template.labels, 'pod-template-hash': podTemplateHash(d.namespace, d.name, d.revision) },
      annotations: d.template.annotations,
      containers: d.template.containers,
      phase: node === undefined ? 'Pending' : 'Running',
      ready: node !== undefined,
      controllerKind: 'ReplicaSet',
      controllerName: rs,
      deployment: d.name,
    };
    this.podMap.set(`${d.namespace}/${name}`, pod);
    this.changed({ kind: 'pod-added', pod });
  }

  private removePod(p: K8sPod): void {
    this.podMap.delete(`${p.namespace}/${p.name}`);
    this.changed({ kind: 'pod-removed', pod: p });
  }

  private pickNode(): K8sNode | undefined {
    let best: K8sNode | undefined;
    let bestCount = Infinity;
    for (const n of this.nodeList) {
      if (!n.ready) continue;
      let count = 0;
      for (const p of this.podMap.values()) if (p.nodeName === n.name) count++;
      if (count < bestCount) {
        best = n;
        bestCount = count;
      }
    }
    return best;
  }

  private changed(e?: ClusterEvent): void {
    this.changes++;
    if (e !== undefined) for (const l of this.listeners) l(e);
  }
}
