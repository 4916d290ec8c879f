import type { FileSDConfig, KubernetesSDConfig, StaticConfig } from '../config';
import { FileDiscovery } from './file';
import type { SimCluster } from './kubernetes/cluster';
import { kubernetesGroups } from './kubernetes/roles';
import { staticGroups } from './static';
import type { DiscoveryError, TargetGroup, VirtualFS } from './types';

/** DiscoveryEnv is the simulated world discovery reads from; both parts are optional. */
export interface DiscoveryEnv {
  readonly files?: VirtualFS;
  readonly kubernetes?: SimCluster;
}

/** The service discovery sections of one scrape (or Alertmanager) config. */
export interface SDConfigs {
  readonly staticConfigs: readonly StaticConfig[];
  readonly fileSDConfigs?: readonly FileSDConfig[];
  readonly kubernetesSDConfigs?: readonly KubernetesSDConfig[];
}

/**
 * Discovery combines the providers of one scrape config. `sync` polls them
 * (files are re-read, the cluster is re-listed when its version moved) and
 * reports whether the groups changed; the scrape manager calls it on the
 * discovery manager's beat (Prometheus sends updates at most every 5s).
 */
export class Discovery {
  private readonly staticPart: TargetGroup[];
  private readonly files: FileDiscovery | undefined;
  private readonly k8s: readonly KubernetesSDConfig[];
  private k8sVersion = -1;
  private k8sGroups: TargetGroup[] = [];
  private fileGroups: TargetGroup[] = [];
  private current: TargetGroup[] = [];
  private k8sError: DiscoveryError | undefined;

  constructor(cfg: SDConfigs, private readonly env: DiscoveryEnv) {
    this.staticPart = staticGroups(cfg.staticConfigs);
    const fileCfgs = cfg.fileSDConfigs ?? [];
    this.files = fileCfgs.length > 0 && env.files !== undefined ? new FileDiscovery(fileCfgs, env.files) : undefined;
    this.k8s = cfg.kubernetesSDConfigs ?? [];
    this.sync();
  }

  /** sync polls the providers; true when `groups()` changed. */
  sync(): boolean {
    let changed = false;
    if (this.files !== undefined && this.files.refresh()) {
      this.fileGroups = this.files.groups();
      changed = true;
    }
    const cluster = this.env.kubernetes;
    if (this.k8s.length > 0 && cluster !== undefined && cluster.version !== this.k8sVersion) {
      this.k8sVersion = cluster.version;
      try {
        this.k8sGroups = this.k8s.flatMap((c, i) => kubernetesGroups(cluster, c).map((g) => ({ ...g, source: `kubernetes/${i}/${g.source}` })));
        this.k8sError = undefined;
      } catch (e) {
        this.k8sError = { source: 'kubernetes', message: (e as Error).message };
      }
      changed = true;
    }
    if (changed || this.current.length === 0) {
      this.current = [...this.staticPart, ...this.fileGroups, ...this.k8sGroups];
    }
    return changed;
  }

  groups(): readonly TargetGroup[] {
    return this.current;
  }

  errors(): DiscoveryError[] {
    return [...(this.files?.errors() ?? []), ...(this.k8sError === undefined ? [] : [this.k8sError])];
  }
}
