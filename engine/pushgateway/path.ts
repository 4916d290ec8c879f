import { goQuote } from '../model/labels';
import { decodeBase64Value } from './base64';

/** GroupingLabels maps label names to values; `job` is always present. Values may be empty. */
export type GroupingLabels = ReadonlyMap<string, string>;

/** PushPath is the outcome of reading `/metrics/job/<job>{/<label>/<value>}`. */
export type PushPath =
  | { readonly ok: true; readonly labels: GroupingLabels }
  | { readonly ok: false; readonly status: 400; readonly message: string };

const LEGACY_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const BASE64 = '@base64';

/** PushRoute is a matched push path: the job segment, whether it is base64, and the label part. */
export interface PushRoute {
  readonly job: string;
  readonly jobBase64: boolean;
  readonly labels: string;
}

/**
 * matchPushPath tells whether an (already percent-decoded) path is a push
 * route, returning its job segment, whether the job is base64-encoded and
 * the label part (`/a/1/b/2`, possibly empty), or undefined for other paths.
 * Like the Pushgateway's router, the job segment must be non-empty.
 */
export function matchPushPath(path: string): PushRoute | undefined {
  const m = /^\/metrics\/job(@base64)?\/([^/]+)(\/.*)?$/.exec(path);
  if (m === null) return undefined;
  return { job: m[2]!, jobBase64: m[1] !== undefined, labels: m[3] ?? '' };
}

/**
 * parseGroupingKey turns a matched push path into grouping labels with the
 * Pushgateway's rules and error texts: `name@base64` values are decoded,
 * names must be legacy label names not starting with `__`, the job is
 * required, and the job from the path wins over a `job` label pair.
 */
export function parseGroupingKey(route: PushRoute): PushPath {
  let job = route.job;
  if (route.jobBase64) {
    const d = decodeBase64Value(job);
    if ('error' in d) return bad(`invalid base64 encoding in job name ${goQuote(job)}: ${d.error}`);
    job = d.value;
  }
  const labels = new Map<string, string>();
  if (route.labels.length > 1) {
    const parts = route.labels.slice(1).split('/');
    if (parts.length % 2 !== 0) return bad(`odd number of components in label string ${goQuote(route.labels)}`);
    for (let i = 0; i < parts.length; i += 2) {
      const raw = parts[i]!;
      const value = parts[i + 1]!;
      const encoded = raw.endsWith(BASE64);
      const name = encoded ? raw.slice(0, -BASE64.length) : raw;
      if (!LEGACY_LABEL.test(name) || name.startsWith('__')) return bad(`improper label name ${goQuote(name)}`);
      if (!encoded) {
        labels.set(name, value);
        continue;
      }
      const d = decodeBase64Value(value);
      if ('error' in d) return bad(`invalid base64 encoding for label ${name}=${goQuote(value)}: ${d.error}`);
      labels.set(name, d.value);
    }
  }
  if (job === '') return bad('job name is required');
  labels.set('job', job);
  return { ok: true, labels };
}

function bad(message: string): PushPath {
  return { ok: false, status: 400, message };
}

/** groupingKeyString identifies a group: sorted names and values joined by 0xff, as the Pushgateway keys its map. */
export function groupingKeyString(labels: GroupingLabels): string {
  return [...labels.keys()]
    .sort()
    .map((n) => `${n}\xff${labels.get(n)}`)
    .join('\xff');
}
