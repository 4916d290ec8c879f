/**
 * The Kubernetes objects of the simulated cluster, reduced to the fields
 * that Prometheus's Kubernetes discovery reads. Plain readonly data; the
 * cluster replaces objects instead of mutating them.
 */

export type KeyValues = Readonly<Record<string, string>>;

export interface K8sNode {
  readonly name: string;
  readonly uid: string;
  /** InternalIP address. */
  readonly ip: string;
  readonly labels: KeyValues;
  readonly annotations: KeyValues;
  readonly providerId: string;
  readonly ready: boolean;
  /** The kubelet's port (the node role's scrape port). */
  readonly kubeletPort: number;
}

export interface K8sContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export interface K8sContainer {
  readonly name: string;
  readonly image: string;
  readonly ports: readonly K8sContainerPort[];
}

/** K8sPodTemplate is what a deployment stamps its pods from. */
export interface K8sPodTemplate {
  readonly labels: KeyValues;
  readonly annotations: KeyValues;
  readonly containers: readonly K8sContainer[];
}

export interface K8sDeployment {
  readonly namespace: string;
  readonly name: string;
  readonly replicas: number;
  readonly template: K8sPodTemplate;
  /** Bumped by every rollout; names the current ReplicaSet. */
  readonly revision: number;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface K8sPod {
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  /** '' while the pod is not scheduled. */
  readonly ip: string;
  readonly hostIp: string;
  readonly nodeName: string;
  readonly labels: KeyValues;
  readonly annotations: KeyValues;
  readonly containers: readonly K8sContainer[];
  readonly phase: PodPhase;
  readonly ready: boolean;
  readonly controllerKind: string;
  readonly controllerName: string;
  /** The owning deployment's name ('' for a bare pod). */
  readonly deployment: string;
}

export interface K8sServicePort {
  readonly name?: string;
  readonly port: number;
  /** A container port number or name; defaults to `port`. */
  readonly targetPort?: number | string;
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export interface K8sService {
  readonly namespace: string;
  readonly name: string;
  readonly labels: KeyValues;
  readonly annotations: KeyValues;
  /** Pods whose labels include all of these back the service (its Endpoints). */
  readonly selector: KeyValues;
  readonly ports: readonly K8sServicePort[];
  readonly clusterIp: string;
  readonly type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
}

/** ClusterEvent tells watchers (the world's exporters) which pods came and went. */
export type ClusterEvent =
  | { readonly kind: 'pod-added'; readonly pod: K8sPod }
  | { readonly kind: 'pod-removed'; readonly pod: K8sPod }
  | { readonly kind: 'node-changed'; readonly node: K8sNode };
