import type { K8sNode, K8sPod, K8sService, KeyValues } from './objects';

/**
 * The `__meta_kubernetes_*` labels Prometheus's Kubernetes discovery
 * attaches, built as name/value pairs (the caller sorts them into Labels).
 */

export const META = '__meta_kubernetes_';

export type Pairs = [string, string][];

/** sanitize turns a Kubernetes label/annotation key into a label name part (`app.kubernetes.io/name` → `app_kubernetes_io_name`). */
export function sanitize(name: string): string {
  return name.replace(/[^a-zA-Z0-9_]/g, '_');
}

/** objectMeta adds `<prefix>_label_*`, `_labelpresent_*`, `_annotation_*`, `_annotationpresent_*`. */
export function objectMeta(out: Pairs, prefix: string, labels: KeyValues, annotations: KeyValues): void {
  for (const [k, v] of Object.entries(labels)) {
    out.push([`${META}${prefix}_label_${sanitize(k)}`, v], [`${META}${prefix}_labelpresent_${sanitize(k)}`, 'true']);
  }
  for (const [k, v] of Object.entries(annotations)) {
    out.push([`${META}${prefix}_annotation_${sanitize(k)}`, v], [`${META}${prefix}_annotationpresent_${sanitize(k)}`, 'true']);
  }
}

/** podMeta is the group-level labels of a pod target group. */
export function podMeta(pod: K8sPod): Pairs {
  const out: Pairs = [
    [`${META}namespace`, pod.namespace],
    [`${META}pod_name`, pod.name],
    [`${META}pod_ip`, pod.ip],
    [`${META}pod_ready`, pod.phase === 'Running' || pod.phase === 'Pending' ? String(pod.ready) : 'false'],
    [`${META}pod_phase`, pod.phase],
    [`${META}pod_node_name`, pod.nodeName],
    [`${META}pod_host_ip`, pod.hostIp],
    [`${META}pod_uid`, pod.uid],
  ];
  objectMeta(out, 'pod', pod.labels, pod.annotations);
  if (pod.controllerKind !== '') out.push([`${META}pod_controller_kind`, pod.controllerKind], [`${META}pod_controller_name`, pod.controllerName]);
  return out;
}

/** nodeMeta is the labels of a node (for the node role and attach_metadata). */
export function nodeMeta(node: K8sNode, withAnnotations: boolean): Pairs {
  const out: Pairs = [[`${META}node_name`, node.name]];
  objectMeta(out, 'node', node.labels, withAnnotations ? node.annotations : {});
  return out;
}

/** serviceMeta is the group-level labels of a service (service and endpoints roles). */
export function serviceMeta(svc: K8sService): Pairs {
  const out: Pairs = [
    [`${META}namespace`, svc.namespace],
    [`${META}service_name`, svc.name],
  ];
  objectMeta(out, 'service', svc.labels, svc.annotations);
  return out;
}

/** containerMeta is the per-target labels of a pod's container (and port, when there is one). */
export function containerMeta(pod: K8sPod, c: K8sPod['containers'][number], port?: K8sPod['containers'][number]['ports'][number]): Pairs {
  const out: Pairs = [
    [`${META}pod_container_name`, c.name],
    [`${META}pod_container_image`, c.image],
    [`${META}pod_container_init`, 'false'],
    [`${META}pod_container_id`, `containerd://${pod.uid.replace(/-/g, '')}${c.name.length.toString(16)}`],
  ];
  if (port !== undefined) {
    out.push(
      [`${META}pod_container_port_name`, port.name ?? ''],
      [`${META}pod_container_port_number`, String(port.containerPort)],
      [`${META}pod_container_port_protocol`, port.protocol ?? 'TCP'],
    );
  }
  return out;
}
