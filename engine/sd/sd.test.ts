import { describe, expect, it } from 'vitest';
import { labelsToRecord } from '../model/labels';
import type { KubernetesSDConfig } from '../config';
import { Discovery, FileDiscovery, kubernetesGroups, parseLabelSelector, SimCluster, staticGroups, type ClusterEvent } from './index';

const podCfg = (over: Partial<KubernetesSDConfig> = {}): KubernetesSDConfig => ({ role: 'pod', namespaces: [], selectors: [], attachNodeMetadata: false, ...over });

function cluster(): SimCluster {
  const c = new SimCluster();
  c.addNode({ name: 'node-a', labels: { 'node-role.kubernetes.io/worker': '' } });
  c.addNode({ name: 'node-b' });
  c.createDeployment({
    namespace: 'shop',
    name: 'api',
    replicas: 2,
    template: {
      labels: { app: 'api', 'app.kubernetes.io/version': '1.0' },
      annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '8080', 'prometheus.io/path': '/metrics' },
      containers: [{ name: 'api', image: 'shop/api:1.0', ports: [{ name: 'http', containerPort: 8080 }] }],
    },
  });
  c.createService({ namespace: 'shop', name: 'api', selector: { app: 'api' }, ports: [{ name: 'web', port: 80, targetPort: 'http' }], labels: { team: 'shop' } });
  return c;
}

describe('static discovery', () => {
  it('makes one group per static config with __address__ targets', () => {
    const groups = staticGroups([{ targets: ['a:1', 'b:2'], labels: [{ name: 'env', value: 'prod' }] }]);
    expect(groups).toEqual([
      { source: '0', targets: [[{ name: '__address__', value: 'a:1' }], [{ name: '__address__', value: 'b:2' }]], labels: [{ name: 'env', value: 'prod' }] },
    ]);
  });
});

describe('file discovery', () => {
  it('reads YAML and JSON target files matching a glob, with __meta_filepath', () => {
    const fs = new Map([
      ['targets/a.yml', '- targets: [a:1]\n  labels: {env: dev}\n'],
      ['targets/b.json', '[{"targets": ["b:2"]}]'],
      ['other/c.yml', '- targets: [c:3]\n'],
    ]);
    const d = new FileDiscovery([{ files: ['targets/*.yml', 'targets/*.json'], refreshIntervalMs: 300_000 }], fs);
    expect(d.refresh()).toBe(true);
    const groups = d.groups();
    expect(groups.map((g) => g.source)).toEqual(['targets/a.yml:0', 'targets/b.json:0']);
    expect(labelsToRecord(groups[0]!.labels)).toEqual({ __meta_filepath: 'targets/a.yml', env: 'dev' });
    expect(d.refresh()).toBe(false);
  });

  it('keeps the last good groups of a file that turns invalid, and reports the error', () => {
    const fs = new Map([['t.yml', '- targets: [a:1]\n']]);
    const d = new FileDiscovery([{ files: ['t.yml'], refreshIntervalMs: 1000 }], fs);
    d.refresh();
    fs.set('t.yml', '- targets: [a:1\n');
    expect(d.refresh()).toBe(false);
    expect(d.groups()[0]!.targets).toHaveLength(1);
    expect(d.errors()[0]!.message).toMatch(/^error reading file "t.yml": yaml: /);
    fs.set('t.yml', '- targets: [a:1, b:2]\n');
    expect(d.refresh()).toBe(true);
    expect(d.groups()[0]!.targets).toHaveLength(2);
    expect(d.errors()).toEqual([]);
  });

  it('drops the groups of a deleted file', () => {
    const fs = new Map([['t.json', '[{"targets": ["a:1"]}]']]);
    const d = new FileDiscovery([{ files: ['*.json'], refreshIntervalMs: 1000 }], fs);
    d.refresh();
    fs.delete('t.json');
    expect(d.refresh()).toBe(true);
    expect(d.groups()).toEqual([]);
  });
});

describe('simulated Kubernetes cluster', () => {
  it('produces pod targets with Prometheus meta labels', () => {
    const c = cluster();
    const groups = kubernetesGroups(c, podCfg());
    expect(groups).toHaveLength(2);
    const g = groups[0]!;
    const pod = c.pods()[0]!;
    expect(g.source).toBe(`pod/shop/${pod.name}`);
    expect(pod.name).toMatch(/^api-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const labels = labelsToRecord(g.labels);
    expect(labels).toMatchObject({
      __meta_kubernetes_namespace: 'shop',
      __meta_kubernetes_pod_name: pod.name,
      __meta_kubernetes_pod_ip: pod.ip,
      __meta_kubernetes_pod_label_app: 'api',
      __meta_kubernetes_pod_labelpresent_app: 'true',
      __meta_kubernetes_pod_label_app_kubernetes_io_version: '1.0',
      __meta_kubernetes_pod_annotation_prometheus_io_scrape: 'true',
      __meta_kubernetes_pod_annotationpresent_prometheus_io_port: 'true',
      __meta_kubernetes_pod_ready: 'true',
      __meta_kubernetes_pod_phase: 'Running',
      __meta_kubernetes_pod_node_name: 'node-a',
      __meta_kubernetes_pod_host_ip: c.nodes()[0]!.ip,
      __meta_kubernetes_pod_uid: pod.uid,
      __meta_kubernetes_pod_controller_kind: 'ReplicaSet',
      __meta_kubernetes_pod_controller_name: pod.controllerName,
    });
    expect(labelsToRecord(g.targets[0]!)).toMatchObject({
      __address__: `${pod.ip}:8080`,
      __meta_kubernetes_pod_container_name: 'api',
      __meta_kubernetes_pod_container_port_name: 'http',
      __meta_kubernetes_pod_container_port_number: '8080',
      __meta_kubernetes_pod_container_port_protocol: 'TCP',
      __meta_kubernetes_pod_container_init: 'false',
    });
  });

  it('spreads pods over nodes and is deterministic', () => {
    const a = cluster();
    const b = cluster();
    expect(a.pods().map((p) => p.nodeName)).toEqual(['node-a', 'node-b']);
    expect(a.pods()).toEqual(b.pods());
  });

  it('replaces every pod on a rollout: new names, IPs and ReplicaSet', () => {
    const c = cluster();
    const before = c.pods();
    const events: ClusterEvent[] = [];
    c.subscribe((e) => events.push(e));
    c.rollout('shop', 'api', { containers: [{ name: 'api', image: 'shop/api:1.1', ports: [{ name: 'http', containerPort: 8080 }] }] });
    const after = c.pods();
    expect(after).toHaveLength(2);
    for (const p of after) {
      expect(before.map((x) => x.name)).not.toContain(p.name);
      expect(before.map((x) => x.ip)).not.toContain(p.ip);
      expect(p.controllerName).not.toBe(before[0]!.controllerName);
    }
    expect(events.map((e) => e.kind)).toEqual(['pod-removed', 'pod-removed', 'pod-added', 'pod-added']);
  });

  it('scales a deployment up and down', () => {
    const c = cluster();
    c.scale('shop', 'api', 4);
    expect(c.pods()).toHaveLength(4);
    const newest = c.pods()[3]!.name;
    c.scale('shop', 'api', 3);
    expect(c.pods().map((p) => p.name)).not.toContain(newest);
  });

  it('reschedules the pods of a failed node onto the remaining nodes', () => {
    const c = cluster();
    const onB = c.pods().find((p) => p.nodeName === 'node-b')!;
    c.failNode('node-b');
    const pods = c.pods();
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.nodeName === 'node-a')).toBe(true);
    expect(pods.map((p) => p.name)).not.toContain(onB.name);
    expect(c.nodes()[1]!.ready).toBe(false);
  });

  it('leaves pods Pending without targets when no node is ready', () => {
    const c = cluster();
    c.failNode('node-a');
    c.failNode('node-b');
    expect(c.pods().every((p) => p.phase === 'Pending')).toBe(true);
    expect(kubernetesGroups(c, podCfg()).every((g) => g.targets.length === 0)).toBe(true);
    c.recoverNode('node-a');
    expect(c.pods().every((p) => p.phase === 'Running' && p.nodeName === 'node-a')).toBe(true);
  });

  it('discovers nodes with the kubelet address and the node name as instance', () => {
    const c = cluster();
    const [g] = kubernetesGroups(c, podCfg({ role: 'node' }));
    expect(g!.source).toBe('node/node-a');
    expect(labelsToRecord(g!.targets[0]!)).toEqual({
      __address__: `${c.nodes()[0]!.ip}:10250`,
      instance: 'node-a',
      __meta_kubernetes_node_address_InternalIP: c.nodes()[0]!.ip,
      __meta_kubernetes_node_address_Hostname: 'node-a',
    });
    expect(labelsToRecord(g!.labels)).toMatchObject({
      __meta_kubernetes_node_name: 'node-a',
      __meta_kubernetes_node_labelpresent_node_role_kubernetes_io_worker: 'true',
    });
  });

  it('discovers services per port and endpoints per backing pod', () => {
    const c = cluster();
    const [svc] = kubernetesGroups(c, podCfg({ role: 'service' }));
    expect(labelsToRecord(svc!.targets[0]!)).toMatchObject({
      __address__: 'api.shop.svc:80',
      __meta_kubernetes_service_port_name: 'web',
      __meta_kubernetes_service_port_number: '80',
      __meta_kubernetes_service_type: 'ClusterIP',
    });
    expect(labelsToRecord(svc!.labels)).toMatchObject({ __meta_kubernetes_service_name: 'api', __meta_kubernetes_service_label_team: 'shop' });
    const [ep] = kubernetesGroups(c, podCfg({ role: 'endpoints' }));
    expect(ep!.targets).toHaveLength(2);
    const pod = c.pods()[0]!;
    expect(labelsToRecord(ep!.targets[0]!)).toMatchObject({
      __address__: `${pod.ip}:8080`,
      __meta_kubernetes_endpoint_port_name: 'web',
      __meta_kubernetes_endpoint_ready: 'true',
      __meta_kubernetes_endpoint_address_target_kind: 'Pod',
      __meta_kubernetes_endpoint_address_target_name: pod.name,
      __meta_kubernetes_pod_name: pod.name,
      __meta_kubernetes_pod_container_port_number: '8080',
    });
    expect(labelsToRecord(ep!.labels)).toMatchObject({ __meta_kubernetes_endpoints_name: 'api', __meta_kubernetes_service_name: 'api' });
  });

  it('filters by namespace and label selector', () => {
    const c = cluster();
    expect(kubernetesGroups(c, podCfg({ namespaces: ['default'] }))).toEqual([]);
    expect(kubernetesGroups(c, podCfg({ selectors: [{ role: 'pod', label: 'app=web', field: '' }] }))).toEqual([]);
    expect(kubernetesGroups(c, podCfg({ selectors: [{ role: 'pod', label: 'app in (api, web)', field: '' }] }))).toHaveLength(2);
    expect(parseLabelSelector('a,!b,c!=x')({ a: '1', c: 'y' })).toBe(true);
  });
});

describe('Discovery', () => {
  it('re-lists the cluster only when it changed', () => {
    const c = cluster();
    const d = new Discovery({ staticConfigs: [], kubernetesSDConfigs: [podCfg()] }, { kubernetes: c });
    expect(d.groups()).toHaveLength(2);
    expect(d.sync()).toBe(false);
    c.scale('shop', 'api', 3);
    expect(d.sync()).toBe(true);
    expect(d.groups()).toHaveLength(3);
  });
});
