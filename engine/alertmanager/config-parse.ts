/**
 * loadConfig reads alertmanager.yml into an AlertmanagerConfig, applying
 * Alertmanager's defaults and the same cross-checks, in the same order, as
 * its config loader: receivers (unique names, integration fallbacks), then the
 * root route (a default receiver, no matchers, no time intervals), then
 * receivers and time intervals referenced anywhere in the tree.
 */
import { configError } from './config-error';
import { parseReceiver } from './config-receivers';
import { hasAnyMatchers, parseRoute, readMatchers } from './config-route';
import type { AlertmanagerConfig, GlobalConfig, InhibitRuleConfig, ReceiverConfig, RouteConfig } from './config-types';
import { asMap, bool, duration, hasKey, list, node, parseYaml, posOf, str, strList, type YMap } from './config-yaml';
import { parseTimeIntervalSpec, type TimeIntervalSpec } from './time-interval';

const TOP_KEYS = ['global', 'route', 'inhibit_rules', 'receivers', 'templates', 'mute_time_intervals', 'time_intervals'];
const GLOBAL_KEYS = [
  'resolve_timeout', 'http_config', 'smtp_from', 'smtp_hello', 'smtp_smarthost', 'smtp_auth_username', 'smtp_auth_password',
  'smtp_auth_password_file', 'smtp_auth_identity', 'smtp_auth_secret', 'smtp_require_tls', 'slack_api_url', 'slack_api_url_file',
  'pagerduty_url', 'opsgenie_api_url', 'opsgenie_api_key', 'opsgenie_api_key_file', 'wechat_api_url', 'wechat_api_secret',
  'wechat_api_corp_id', 'victorops_api_url', 'victorops_api_key', 'victorops_api_key_file', 'telegram_api_url', 'webex_api_url',
];
const INHIBIT_KEYS = ['source_match', 'source_match_re', 'source_matchers', 'target_match', 'target_match_re', 'target_matchers', 'equal'];

/** DEFAULT_GLOBAL is Alertmanager's global section when nothing is set. */
const DEFAULT_GLOBAL: GlobalConfig = {
  resolveTimeoutMs: 5 * 60_000,
  smtpFrom: '',
  smtpSmarthost: '',
  smtpHello: 'localhost',
  smtpRequireTls: true,
  slackApiUrl: '',
};

/** loadConfig parses and validates alertmanager.yml; throws ConfigError naming the line. */
export function loadConfig(text: string): AlertmanagerConfig {
  const top = asMap(parseYaml(text), TOP_KEYS);
  const warnings: string[] = [];
  const global = parseGlobal(asMap(node(top, 'global'), GLOBAL_KEYS));

  const receivers: ReceiverConfig[] = [];
  const names = new Set<string>();
  for (const r of list(top, 'receivers')) {
    const rc = parseReceiver(r, global, (w) => warnings.push(w));
    if (names.has(rc.name)) throw configError(rc.pos, `notification config name ${JSON.stringify(rc.name)} is not unique`);
    names.add(rc.name);
    receivers.push(rc);
  }

  const timeIntervals = new Map<string, readonly TimeIntervalSpec[]>();
  for (const key of ['mute_time_intervals', 'time_intervals']) {
    for (const item of list(top, key)) {
      const m = asMap(item, ['name', 'time_intervals']);
      const name = str(m, 'name') ?? '';
      if (name === '') throw configError(m.pos, `missing name in ${key === 'time_intervals' ? 'time interval' : 'mute time interval'}`);
      if (timeIntervals.has(name)) throw configError(m.pos, `time interval ${JSON.stringify(name)} is not unique`);
      timeIntervals.set(name, list(m, 'time_intervals').map(parseTimeIntervalSpec));
    }
  }

  const routeNode = node(top, 'route');
  if (routeNode === undefined) throw configError(top.pos, 'no route provided in config');
  const route = parseRoute(routeNode);
  if (route.receiver === undefined || route.receiver === '') throw configError(route.pos, 'root route must specify a default receiver');
  if (hasAnyMatchers(routeNode)) throw configError(route.pos, 'root route must not have any matchers');
  if (route.muteTimeIntervals.length > 0) throw configError(route.pos, 'root route must not have any mute time intervals');
  if (route.activeTimeIntervals.length > 0) throw configError(route.pos, 'root route must not have any active time intervals');
  checkRouteRefs(route, names, timeIntervals);

  const inhibitRules = list(top, 'inhibit_rules').map((n): InhibitRuleConfig => {
    const m = asMap(n, INHIBIT_KEYS);
    return {
      sourceMatchers: readMatchers(m, 'source_match', 'source_match_re', 'source_matchers'),
      targetMatchers: readMatchers(m, 'target_match', 'target_match_re', 'target_matchers'),
      equal: strList(m, 'equal') ?? [],
    };
  });

  const templates = strList(top, 'templates') ?? [];
  if (templates.length > 0) warnings.push('templates: the playground has no template files; notifications use the default templates and inline ones');
  return { global, route, receivers, inhibitRules, timeIntervals, templates, warnings, original: text };
}

function parseGlobal(m: YMap): GlobalConfig {
  const resolveTimeoutMs = duration(m, 'resolve_timeout') ?? DEFAULT_GLOBAL.resolveTimeoutMs;
  if (resolveTimeoutMs === 0 && hasKey(m, 'resolve_timeout')) throw configError(posOf(m, 'resolve_timeout'), 'resolve_timeout cannot be zero');
  return {
    resolveTimeoutMs,
    smtpFrom: str(m, 'smtp_from') ?? DEFAULT_GLOBAL.smtpFrom,
    smtpSmarthost: str(m, 'smtp_smarthost') ?? DEFAULT_GLOBAL.smtpSmarthost,
    smtpHello: str(m, 'smtp_hello') ?? DEFAULT_GLOBAL.smtpHello,
    smtpRequireTls: bool(m, 'smtp_require_tls') ?? DEFAULT_GLOBAL.smtpRequireTls,
    slackApiUrl: str(m, 'slack_api_url') ?? (hasKey(m, 'slack_api_url_file') ? 'file' : DEFAULT_GLOBAL.slackApiUrl),
  };
}

function checkRouteRefs(r: RouteConfig, receivers: ReadonlySet<string>, intervals: ReadonlyMap<string, unknown>): void {
  if (r.receiver !== undefined && r.receiver !== '' && !receivers.has(r.receiver)) {
    throw configError(r.receiverPos, `undefined receiver ${JSON.stringify(r.receiver)} used in route`);
  }
  for (const name of [...r.muteTimeIntervals, ...r.activeTimeIntervals]) {
    if (!intervals.has(name)) throw configError(r.pos, `undefined time interval ${JSON.stringify(name)} used in route`);
  }
  for (const c of r.routes) checkRouteRefs(c, receivers, intervals);
}
