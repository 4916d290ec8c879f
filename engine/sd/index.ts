/**
 * Service discovery: target groups from static configs, files in a virtual
 * file system, and a simulated Kubernetes cluster with Prometheus's
 * `__meta_kubernetes_*` labels.
 */
export type { DiscoveryError, TargetGroup, VirtualFS } from './types';
export { staticGroups } from './static';
export { FileDiscovery } from './file';
export { SimCluster } from './kubernetes/cluster';
export type { DeploymentSpec, NodeSpec, ServiceSpec } from './kubernetes/cluster';
export type {
  ClusterEvent,
  K8sContainer,
  K8sContainerPort,
  K8sDeployment,
  K8sNode,
  K8sPod,
  K8sPodTemplate,
  K8sService,
  K8sServicePort,
  PodPhase,
} from './kubernetes/objects';
export { kubernetesGroups } from './kubernetes/roles';
export { parseLabelSelector } from './kubernetes/selector';
export { Discovery, type DiscoveryEnv } from './discovery';
