import type { SimCluster } from '../sd/index';
import { splitHost, type SimNetwork } from '../sim/index';
import type { Incident, IncidentHooks } from './incidents';
import { targetMatches, type SimTarget } from './targets';
import type { AppDeployment, Topology } from './topology';

/**
 * createIncidentHooks carries out the incidents that change the world's
 * structure rather than its signals: taking instances off the network and
 * rolling Deployments forward (bad deploy) and back (its end).
 */
export function createIncidentHooks(w: {
  readonly network: SimNetwork;
  readonly cluster: SimCluster;
  readonly topology: Topology;
  readonly targets: () => readonly SimTarget[];
  readonly versionLatency: Map<string, number>;
  readonly deployment: (kind: 'api' | 'ml') => AppDeployment;
}): IncidentHooks {
  /** What each running incident took down, so its end restores exactly that. */
  const downed = new Map<string, { readonly hostPorts: readonly string[]; readonly hosts: readonly string[] }>();
  /** The version each bad deploy replaced, for the rollback. */
  const previous = new Map<string, string>();

  const affected = (i: Incident): string[] => {
    const out: string[] = [];
    for (const t of w.targets()) if (targetMatches(i.target, t)) out.push(t.hostPort);
    // An address nobody has registered is still a valid thing to take down.
    if (out.length === 0 && i.target.includes(':')) out.push(i.target);
    return out;
  };

  const rollout = (d: AppDeployment, version: string): void => {
    const current = w.cluster.deployment(d.namespace, d.name);
    if (current === undefined) return;
    const containers = current.template.containers.map((c, idx) => (idx === 0 ? { ...c, image: `${d.image}:${version}` } : c));
    w.cluster.rollout(d.namespace, d.name, { containers });
  };

  return {
    onStart(i) {
      if (i.kind === 'instance-down') {
        const hostPorts = affected(i);
        // A node's exporter also answers on its InternalIP: take that address down with it.
        for (const n of w.topology.nodes) if (hostPorts.includes(`${n.name}:${n.port}`)) hostPorts.push(`${n.ip}:${n.port}`);
        let hosts: string[] = [];
        if (i.params['mode'] === 'host') {
          hosts = [...new Set(hostPorts.map(splitHost))];
          // A machine that is down takes its other names and the pods it runs with it.
          for (const n of w.topology.nodes) if (hosts.includes(n.name)) hosts.push(n.ip);
          for (const t of w.targets()) if (t.kind !== 'node' && hosts.includes(t.nodeName)) hosts.push(splitHost(t.hostPort));
          hosts = [...new Set(hosts)];
          for (const h of hosts) w.network.setHostDown(h, true);
        } else {
          for (const hp of hostPorts) w.network.stopEndpoint(hp);
        }
        downed.set(i.id, { hostPorts, hosts });
      } else if (i.kind === 'bad-deploy') {
        const d = w.deployment(i.target === 'ml' || i.target === 'inference' ? 'ml' : 'api');
        const version = String(i.params['version']);
        const image = w.cluster.deployment(d.namespace, d.name)?.template.containers[0]?.image ?? '';
        previous.set(i.id, image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : d.version);
        w.versionLatency.set(version, Number(i.params['latencyFactor'] ?? 1));
        rollout(d, version);
      }
    },
    onEnd(i) {
      if (i.kind === 'instance-down') {
        const d = downed.get(i.id);
        if (d === undefined) return;
        for (const hp of d.hostPorts) w.network.startEndpoint(hp);
        for (const h of d.hosts) w.network.setHostDown(h, false);
        downed.delete(i.id);
      } else if (i.kind === 'bad-deploy') {
        const d = w.deployment(i.target === 'ml' || i.target === 'inference' ? 'ml' : 'api');
        rollout(d, previous.get(i.id) ?? d.version);
        previous.delete(i.id);
      }
    },
  };
}
