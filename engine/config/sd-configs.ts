import { isLegacyLabelName, labelsFromPairs, goQuote } from '../model/labels';
import type { FileSDConfig, KubernetesRole, KubernetesSDConfig, StaticConfig } from './types';
import { join, type Reader } from './read';
import type { YEntry } from './yaml-tree';

/** Readers for the service discovery sections of a scrape (or Alertmanager) config. */

const STATIC_FIELDS = ['targets', 'labels'];
const FILE_FIELDS = ['files', 'refresh_interval'];
/** HTTP client fields are accepted (clusters need them) but have no effect in the simulation. */
const K8S_FIELDS = [
  'api_server', 'role', 'kubeconfig_file', 'namespaces', 'selectors', 'attach_metadata',
  'basic_auth', 'authorization', 'bearer_token', 'bearer_token_file', 'oauth2', 'tls_config',
  'proxy_url', 'no_proxy', 'proxy_from_environment', 'proxy_connect_header', 'follow_redirects', 'enable_http2', 'http_headers',
];
const K8S_ROLES: readonly KubernetesRole[] = ['pod', 'service', 'endpoints', 'node'];
const FILE_SD_NAME = /^[^*]*(\*[^/]*)?\.(json|yml|yaml|JSON|YML|YAML)$/;
const DEFAULT_FILE_REFRESH_MS = 5 * 60_000;

export function readStaticConfigs(r: Reader, e: YEntry, path: string): StaticConfig[] {
  return r.list(e, path, '[]*targetgroup.Group').map((node, i) => {
    const p = `${path}[${i}]`;
    const f = r.fields(node, 'targetgroup.Group', STATIC_FIELDS, p);
    const t = f.get('targets');
    const targets = t === undefined ? [] : r.strings(t, join(p, 'targets'));
    targets.forEach((addr, j) => {
      // Prometheus rejects a URL where a host:port belongs.
      if (addr.includes('/') && t !== undefined && t.value.kind === 'seq') {
        r.fail(t.value.items[j]!.pos, `${join(p, 'targets')}[${j}]`, `${goQuote(addr)} is not a valid hostname`);
      }
    });
    const l = f.get('labels');
    const pairs = l === undefined ? [] : r.stringMap(l, join(p, 'labels'), 'model.LabelSet');
    for (const [name, , pos] of pairs) {
      if (!isValidName(name)) r.fail(pos, join(join(p, 'labels'), name), `${goQuote(name)} is not a valid label name`);
    }
    return { targets, labels: labelsFromPairs(pairs.map(([n, v]) => [n, v] as const)) };
  });
}

export function readFileSDConfigs(r: Reader, e: YEntry, path: string): FileSDConfig[] {
  return r.list(e, path, '[]*file.SDConfig').map((node, i) => {
    const p = `${path}[${i}]`;
    const f = r.fields(node, 'file.SDConfig', FILE_FIELDS, p);
    const fe = f.get('files');
    const files = fe === undefined ? [] : r.strings(fe, join(p, 'files'));
    if (files.length === 0) r.fail(node.pos, p, 'file service discovery config must contain at least one path name');
    files.forEach((name, j) => {
      if (!FILE_SD_NAME.test(name)) {
        const pos = fe !== undefined && fe.value.kind === 'seq' ? fe.value.items[j]!.pos : node.pos;
        r.fail(pos, `${join(p, 'files')}[${j}]`, `path name ${goQuote(name)} is not valid for file discovery`);
      }
    });
    const ri = f.get('refresh_interval');
    return { files, refreshIntervalMs: ri === undefined ? DEFAULT_FILE_REFRESH_MS : r.duration(ri, join(p, 'refresh_interval')) };
  });
}

export function readKubernetesSDConfigs(r: Reader, e: YEntry, path: string): KubernetesSDConfig[] {
  return r.list(e, path, '[]*kubernetes.SDConfig').map((node, i) => {
    const p = `${path}[${i}]`;
    const f = r.fields(node, 'kubernetes.SDConfig', K8S_FIELDS, p);
    const re = f.get('role');
    if (re === undefined) r.fail(node.pos, p, 'role missing (one of: pod, service, endpoints, endpointslice, node, ingress)');
    const role = r.str(re, join(p, 'role'));
    if (!(K8S_ROLES as readonly string[]).includes(role)) {
      const known = role === 'endpointslice' || role === 'ingress';
      r.fail(re.value.pos, join(p, 'role'), known ? `Kubernetes SD role ${goQuote(role)} is not simulated in this world (use pod, service, endpoints or node)` : `unknown Kubernetes SD role ${goQuote(role)}`);
    }
    let namespaces: string[] = [];
    const ne = f.get('namespaces');
    if (ne !== undefined) {
      const nf = r.fields(ne.value, 'kubernetes.NamespaceDiscovery', ['names', 'own_namespace'], join(p, 'namespaces'));
      const names = nf.get('names');
      if (names !== undefined) namespaces = r.strings(names, join(p, 'namespaces.names'));
    }
    const selectors: { role: KubernetesRole; label: string; field: string }[] = [];
    const se = f.get('selectors');
    if (se !== undefined) {
      r.list(se, join(p, 'selectors'), '[]kubernetes.SelectorConfig').forEach((sn, j) => {
        const sp = `${join(p, 'selectors')}[${j}]`;
        const sf = r.fields(sn, 'kubernetes.SelectorConfig', ['role', 'label', 'field'], sp);
        const sr = sf.get('role');
        const srole = sr === undefined ? '' : r.str(sr, join(sp, 'role'));
        if (!(K8S_ROLES as readonly string[]).includes(srole)) r.fail(sr?.value.pos ?? sn.pos, join(sp, 'role'), `invalid selector role: ${srole}`);
        if (srole !== role && !(role === 'endpoints' && (srole === 'pod' || srole === 'service'))) {
          r.fail(sr?.value.pos ?? sn.pos, join(sp, 'role'), `${role} role supports only ${role} selectors`);
        }
        const label = sf.get('label');
        const field = sf.get('field');
        selectors.push({
          role: srole as KubernetesRole,
          label: label === undefined ? '' : r.str(label, join(sp, 'label')),
          field: field === undefined ? '' : r.str(field, join(sp, 'field')),
        });
      });
    }
    let attachNodeMetadata = false;
    const am = f.get('attach_metadata');
    if (am !== undefined) {
      const af = r.fields(am.value, 'kubernetes.AttachMetadataConfig', ['node', 'namespace'], join(p, 'attach_metadata'));
      const n = af.get('node');
      if (n !== undefined) attachNodeMetadata = r.bool(n, join(p, 'attach_metadata.node'));
    }
    return { role: role as KubernetesRole, namespaces, selectors, attachNodeMetadata };
  });
}

/** Prometheus 3 accepts any UTF-8 label name; names that start with `__` are reserved but allowed in config. */
function isValidName(name: string): boolean {
  return name.length > 0 && (isLegacyLabelName(name) || !/[\ud800-\udfff]/.test(name));
}
