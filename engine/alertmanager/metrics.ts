/**
 * Alertmanager's own /metrics, the part a learner would graph or alert on:
 * alerts by state, received and invalid alerts, notifications per
 * integration, silences by state, aggregation groups, receivers and
 * integrations, config reload status and build info — in the Prometheus
 * text format with Alertmanager's names and help texts.
 */

/** The integrations Alertmanager 0.25 pre-registers notification counters for. */
const INTEGRATIONS = ['email', 'opsgenie', 'pagerduty', 'pushover', 'slack', 'sns', 'telegram', 'victorops', 'webhook', 'wechat'];

/** MetricCounters are the counters the Alertmanager increments as it works. */
export class MetricCounters {
  readonly received = { firing: 0, resolved: 0 };
  invalid = 0;
  readonly notifications = new Map<string, number>();
  readonly notificationsFailed = new Map<string, number>();

  /** countNotification records one attempted notification of an integration. */
  countNotification(integration: string, failed: boolean): void {
    this.notifications.set(integration, (this.notifications.get(integration) ?? 0) + 1);
    if (failed) this.notificationsFailed.set(integration, (this.notificationsFailed.get(integration) ?? 0) + 1);
  }
}

/** MetricGauges are the values read at scrape time. */
export interface MetricGauges {
  readonly alerts: { readonly active: number; readonly suppressed: number };
  readonly silences: { readonly active: number; readonly expired: number; readonly pending: number };
  readonly aggregationGroups: number;
  readonly receivers: number;
  readonly integrations: number;
  readonly lastReloadMs: number;
  readonly version: string;
}

/** renderMetrics prints the exposition text. */
export function renderMetrics(c: MetricCounters, g: MetricGauges): string {
  let out = '';
  const family = (name: string, type: string, help: string, samples: [string, number][]): void => {
    out += `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
    for (const [labels, v] of samples) out += `${name}${labels} ${goFloat(v)}\n`;
  };
  family('alertmanager_alerts', 'gauge', 'How many alerts by state.', [
    ['{state="active"}', g.alerts.active], ['{state="suppressed"}', g.alerts.suppressed], ['{state="unprocessed"}', 0],
  ]);
  family('alertmanager_alerts_invalid_total', 'counter', 'The total number of received alerts that were invalid.', [
    ['{version="v1"}', 0], ['{version="v2"}', c.invalid],
  ]);
  family('alertmanager_alerts_received_total', 'counter', 'The total number of received alerts.', [
    ['{status="firing",version="v1"}', 0], ['{status="firing",version="v2"}', c.received.firing],
    ['{status="resolved",version="v1"}', 0], ['{status="resolved",version="v2"}', c.received.resolved],
  ]);
  family('alertmanager_build_info', 'gauge', "A metric with a constant '1' value labeled by version, revision, branch, goversion from which alertmanager was built, and the goos and goarch for the build.", [
    [`{branch="HEAD",goarch="wasm",goos="js",goversion="go1.19.8",revision="simulated",version="${g.version}"}`, 1],
  ]);
  family('alertmanager_cluster_enabled', 'gauge', 'Indicates whether the clustering is enabled or not.', [['', 0]]);
  family('alertmanager_config_last_reload_success_timestamp_seconds', 'gauge', 'Timestamp of the last successful configuration reload.', [['', g.lastReloadMs / 1000]]);
  family('alertmanager_config_last_reload_successful', 'gauge', 'Whether the last configuration reload attempt was successful.', [['', 1]]);
  family('alertmanager_dispatcher_aggregation_groups', 'gauge', 'Number of active aggregation groups', [['', g.aggregationGroups]]);
  family('alertmanager_integrations', 'gauge', 'Number of configured integrations.', [['', g.integrations]]);
  family('alertmanager_notifications_failed_total', 'counter', 'The total number of failed notifications.',
    INTEGRATIONS.map((i) => [`{integration="${i}"}`, c.notificationsFailed.get(i) ?? 0]));
  family('alertmanager_notifications_total', 'counter', 'The total number of attempted notifications.',
    INTEGRATIONS.map((i) => [`{integration="${i}"}`, c.notifications.get(i) ?? 0]));
  family('alertmanager_receivers', 'gauge', 'Number of configured receivers.', [['', g.receivers]]);
  family('alertmanager_silences', 'gauge', 'How many silences by state.', [
    ['{state="active"}', g.silences.active], ['{state="expired"}', g.silences.expired], ['{state="pending"}', g.silences.pending],
  ]);
  return out;
}

/** goFloat formats like Go's strconv 'g' with shortest digits, as the Prometheus client does: `3`, `0.25`, `1.795546747202e+09`. */
function goFloat(v: number): string {
  const exp = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v)));
  if (exp >= -4 && exp < 6) return String(v);
  const [mant, e] = v.toExponential().split('e');
  const n = Number(e);
  return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
}
