import { labelsFromPairs, type Labels } from '../../model/labels';
import type { KubernetesSDConfig } from '../../config';
import { ADDRESS_LABEL, type TargetGroup } from '../types';
import type { SimCluster } from './cluster';
import { containerMeta, META, nodeMeta, podMeta, serviceMeta, type Pairs } from './meta';
import type { K8sNode, K8sPod, K8sService, KeyValues } from './objects';
import { parseLabelSelector, type LabelSelector } from './selector';

/**
 * kubernetesGroups is what one `kubernetes_sd_configs` entry discovers in
 * the simulated cluster now: one target group per object (pod, node,
 * service, endpoints), sources as Prometheus names them (`pod/ns/name`).
 */
export function kubernetesGroups(cluster: SimCluster, cfg: KubernetesSDConfig): TargetGroup[] {
  const inNs = (ns: string): boolean => cfg.namespaces.length === 0 || cfg.namespaces.includes(ns);
  const sel = (role: string): LabelSelector => {
    const s = cfg.selectors.find((x) => x.role === role);
    return parseLabelSelector(s?.label ?? '');
  };
  switch (cfg.role) {
    case 'node': {
      const s = sel('node');
      return cluster.nodes().filter((n) => s(n.labels)).map(nodeGroup);
    }
    case 'pod': {
      const s = sel('pod');
      const nodes = new Map(cluster.nodes().map((n) => [n.name, n]));
      return cluster.pods().filter((p) => inNs(p.namespace) && s(p.labels)).map((p) => podGroup(p, cfg.attachNodeMetadata ? nodes.get(p.nodeName) : undefined));
    }
    case 'service': {
      const s = sel('service');
      return cluster.services().filter((x) => inNs(x.namespace) && s(x.labels)).map(serviceGroup);
    }
    case 'endpoints': {
      const s = sel('service');
      const sp = sel('pod');
      const pods = cluster.pods().filter((p) => sp(p.labels));
      return cluster.services().filter((x) => inNs(x.namespace) && s(x.labels)).map((svc) => endpointsGroup(svc, pods));
    }
  }
}

function group(source: string, targets: Pairs[], labels: Pairs): TargetGroup {
  return { source, targets: targets.map((t): Labels => labelsFromPairs(t)), labels: labelsFromPairs(labels) };
}

function nodeGroup(n: K8sNode): TargetGroup {
  const labels = nodeMeta(n, true);
  labels.push([`${META}node_provider_id`, n.providerId]);
  const target: Pairs = [
    [ADDRESS_LABEL, `${n.ip}:${n.kubeletPort}`],
    // The node role names the instance after the node, not its address.
    ['instance', n.name],
    [`${META}node_address_InternalIP`, n.ip],
    [`${META}node_address_Hostname`, n.name],
  ];
  return group(`node/${n.name}`, [target], labels);
}

/** podGroup: one target per container port, or per container without ports (address without port). */
function podGroup(p: K8sPod, node: K8sNode | undefined): TargetGroup {
  const source = `pod/${p.namespace}/${p.name}`;
  // A pod without an IP (not yet scheduled) has no targets, as in Prometheus.
  if (p.ip === '') return group(source, [], []);
  const labels = podMeta(p);
  if (node !== undefined) labels.push(...nodeMeta(node, false));
  const targets: Pairs[] = [];
  for (const c of p.containers) {
    if (c.ports.length === 0) {
      targets.push([[ADDRESS_LABEL, p.ip], ...containerMeta(p, c)]);
      continue;
    }
    for (const port of c.ports) targets.push([[ADDRESS_LABEL, `${p.ip}:${port.containerPort}`], ...containerMeta(p, c, port)]);
  }
  return group(source, targets, labels);
}

function serviceGroup(svc: K8sService): TargetGroup {
  const targets = svc.ports.map((port): Pairs => [
    [ADDRESS_LABEL, `${svc.name}.${svc.namespace}.svc:${port.port}`],
    [`${META}service_port_name`, port.name ?? ''],
    [`${META}service_port_number`, String(port.port)],
    [`${META}service_port_protocol`, port.protocol ?? 'TCP'],
    [`${META}service_cluster_ip`, svc.clusterIp],
    [`${META}service_type`, svc.type],
  ]);
  return group(`svc/${svc.namespace}/${svc.name}`, targets, serviceMeta(svc));
}

/**
 * endpointsGroup: one target per (backing pod, service port) with the
 * endpoint, pod and container labels; then one per container port of a
 * backing pod that no service port covers, as Prometheus adds them.
 */
function endpointsGroup(svc: K8sService, allPods: readonly K8sPod[]): TargetGroup {
  const labels = serviceMeta(svc);
  labels.push([`${META}endpoints_name`, svc.name]);
  const pods = allPods.filter((p) => p.namespace === svc.namespace && p.ip !== '' && selects(svc.selector, p.labels));
  const targets: Pairs[] = [];
  for (const pod of pods) {
    const covered = new Set<string>();
    for (const sp of svc.ports) {
      const tp = sp.targetPort ?? sp.port;
      let number = typeof tp === 'number' ? tp : 0;
      let container: K8sPod['containers'][number] | undefined;
      let cport: K8sPod['containers'][number]['ports'][number] | undefined;
      for (const c of pod.containers) {
        for (const p of c.ports) {
          if ((typeof tp === 'number' && p.containerPort === tp) || (typeof tp === 'string' && p.name === tp)) {
            container = c;
            cport = p;
            number = p.containerPort;
          }
        }
      }
      if (number === 0) continue;
      const t: Pairs = [
        [ADDRESS_LABEL, `${pod.ip}:${number}`],
        [`${META}endpoint_port_name`, sp.name ?? ''],
        [`${META}endpoint_port_protocol`, sp.protocol ?? 'TCP'],
        [`${META}endpoint_ready`, String(pod.ready)],
        [`${META}endpoint_address_target_kind`, 'Pod'],
        [`${META}endpoint_address_target_name`, pod.name],
        [`${META}endpoint_node_name`, pod.nodeName],
        ...podMeta(pod),
      ];
      if (container !== undefined) {
        t.push(...containerMeta(pod, container, cport));
        covered.add(`${container.name}/${number}`);
      }
      targets.push(t);
    }
    for (const c of pod.containers) {
      for (const p of c.ports) {
        if (covered.has(`${c.name}/${p.containerPort}`)) continue;
        targets.push([[ADDRESS_LABEL, `${pod.ip}:${p.containerPort}`], ...podMeta(pod), ...containerMeta(pod, c, p)]);
      }
    }
  }
  return group(`endpoints/${svc.namespace}/${svc.name}`, targets, labels);
}

function selects(selector: KeyValues, labels: KeyValues): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}
