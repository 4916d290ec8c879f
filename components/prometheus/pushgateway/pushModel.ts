/** The Pushgateway's /api/v1/metrics answer as the page reads it, and push URLs as the Go client builds them. */

/** PushedSample is one metric of a family: its labels and value(s) as the JSON gives them (strings). */
export interface PushedSample {
  readonly labels: Readonly<Record<string, string>>;
  /** The value for counters, gauges and untyped; a short summary for histograms and summaries. */
  readonly value: string;
}

export interface PushedFamily {
  readonly name: string;
  readonly type: string;
  readonly help: string;
  readonly samples: readonly PushedSample[];
}

export interface PushGroup {
  /** The grouping key: job plus any extra labels from the push URL. */
  readonly labels: Readonly<Record<string, string>>;
  readonly lastPushSuccessful: boolean;
  /** push_time_seconds in ms; 0 when only failed pushes created the group. */
  readonly pushTimeMs: number;
  /** push_failure_time_seconds in ms; 0 when no push failed. */
  readonly failureTimeMs: number;
  /** The pushed families, without push_time_seconds and push_failure_time_seconds. */
  readonly families: readonly PushedFamily[];
}

const PUSH_TIME = 'push_time_seconds';
const PUSH_FAILURE_TIME = 'push_failure_time_seconds';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

function sampleValue(m: Record<string, unknown>): string {
  if (typeof m.value === 'string') return m.value;
  if (typeof m.count === 'string') return `count ${m.count}, sum ${typeof m.sum === 'string' ? m.sum : '?'}`;
  return '';
}

/** firstValueMs reads a `*_time_seconds` family's first value as ms (0 when absent). */
function timeFamilyMs(f: unknown): number {
  if (!isRecord(f) || !Array.isArray(f.metrics) || !isRecord(f.metrics[0])) return 0;
  const v = Number(f.metrics[0].value);
  return Number.isFinite(v) ? Math.round(v * 1000) : 0;
}

/** parseGroups reads the `data` array of /api/v1/metrics; entries it cannot read are skipped. */
export function parseGroups(data: unknown): PushGroup[] {
  if (!Array.isArray(data)) return [];
  const out: PushGroup[] = [];
  for (const g of data) {
    if (!isRecord(g)) continue;
    const families: PushedFamily[] = [];
    for (const [name, f] of Object.entries(g)) {
      if (name === 'labels' || name === 'last_push_successful' || name === PUSH_TIME || name === PUSH_FAILURE_TIME || !isRecord(f)) continue;
      const metrics = Array.isArray(f.metrics) ? f.metrics.filter(isRecord) : [];
      families.push({
        name,
        type: typeof f.type === 'string' ? f.type : 'UNTYPED',
        help: typeof f.help === 'string' ? f.help : '',
        samples: metrics.map((m) => ({ labels: stringRecord(m.labels), value: sampleValue(m) })),
      });
    }
    families.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    out.push({ labels: stringRecord(g.labels), lastPushSuccessful: g.last_push_successful !== false, pushTimeMs: timeFamilyMs(g[PUSH_TIME]), failureTimeMs: timeFamilyMs(g[PUSH_FAILURE_TIME]), families });
  }
  return out;
}

/** base64url encodes UTF-8 text as the Pushgateway's `@base64` path segments expect (RFC 4648 URL alphabet, padded). */
export function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_');
}

/** segment encodes one label of the path: plain when safe, `name@base64/…` for empty values or values with a slash. */
function segment(name: string, value: string): string {
  if (value === '') return `${name}@base64/=`;
  if (value.includes('/')) return `${name}@base64/${base64url(value)}`;
  return `${name}/${encodeURIComponent(value)}`;
}

/**
 * pushPath is the Pushgateway path for a grouping key, as Go's push client
 * builds it: `/metrics/job/<job>[/<label>/<value>…]`. Rows with an empty
 * label name are skipped.
 */
export function pushPath(job: string, labels: readonly (readonly [string, string])[]): string {
  let path = `/metrics/${segment('job', job)}`;
  for (const [name, value] of labels) if (name.trim() !== '') path += `/${segment(name.trim(), value)}`;
  return path;
}

/** EXAMPLE_BODY is a batch job's typical push: when it last succeeded and how much it did. */
export const EXAMPLE_BODY = `# TYPE backup_last_success_timestamp_seconds gauge
# HELP backup_last_success_timestamp_seconds Unix time the backup last finished successfully.
backup_last_success_timestamp_seconds 1.7676e+09
# TYPE backup_files_copied gauge
backup_files_copied{disk="data"} 4211
`;

/** groupTitle names a group by its grouping key: `job="backup", instance="db-1"`. */
export function groupTitle(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels);
  entries.sort(([a], [b]) => (a === 'job' ? -1 : b === 'job' ? 1 : a < b ? -1 : 1));
  return entries.map(([k, v]) => `${k}="${v}"`).join(', ');
}
