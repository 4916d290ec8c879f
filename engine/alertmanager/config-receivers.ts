/**
 * Reading `receivers` and their slack/email/webhook configs with
 * Alertmanager's per-integration defaults (send_resolved: slack false, email
 * false, webhook true) and global fallbacks (slack_api_url, smtp_from,
 * smtp_smarthost). Other integrations are accepted and reported as not
 * simulated.
 */
import { configError } from './config-error';
import type { EmailConfig, GlobalConfig, ReceiverConfig, SlackConfig, WebhookConfig } from './config-types';
import { asMap, bool, hasKey, int, list, posOf, str, strList, strMap, type YMap, type YNode } from './config-yaml';

const SIMULATED = ['slack_configs', 'email_configs', 'webhook_configs'];
const NOT_SIMULATED = [
  'pagerduty_configs', 'opsgenie_configs', 'pushover_configs', 'victorops_configs', 'wechat_configs',
  'sns_configs', 'telegram_configs', 'webex_configs', 'discord_configs', 'msteams_configs',
];
const SLACK_KEYS = [
  'send_resolved', 'http_config', 'api_url', 'api_url_file', 'channel', 'username', 'color', 'title', 'title_link',
  'pretext', 'text', 'fields', 'short_fields', 'footer', 'fallback', 'callback_id', 'icon_emoji', 'icon_url',
  'image_url', 'thumb_url', 'link_names', 'mrkdwn_in', 'actions',
];
const EMAIL_KEYS = [
  'send_resolved', 'to', 'from', 'hello', 'smarthost', 'auth_username', 'auth_password', 'auth_password_file',
  'auth_secret', 'auth_identity', 'headers', 'html', 'text', 'require_tls', 'tls_config',
];
const WEBHOOK_KEYS = ['send_resolved', 'http_config', 'url', 'url_file', 'max_alerts'];

/** parseReceiver reads one receiver; `warn` collects accepted-but-not-simulated features. */
export function parseReceiver(n: YNode, global: GlobalConfig, warn: (w: string) => void): ReceiverConfig {
  const m = asMap(n, ['name', ...SIMULATED, ...NOT_SIMULATED]);
  const name = str(m, 'name') ?? '';
  if (name === '') throw configError(m.pos, 'missing name in receiver');
  for (const key of NOT_SIMULATED) {
    if (hasKey(m, key)) warn(`receiver ${JSON.stringify(name)}: ${key} are accepted but not simulated`);
  }
  return {
    pos: m.pos,
    name,
    slackConfigs: list(m, 'slack_configs').map((c) => parseSlack(asMap(c, SLACK_KEYS), global)),
    emailConfigs: list(m, 'email_configs').map((c) => parseEmail(asMap(c, EMAIL_KEYS), global)),
    webhookConfigs: list(m, 'webhook_configs').map((c) => parseWebhook(asMap(c, WEBHOOK_KEYS))),
  };
}

function parseSlack(m: YMap, global: GlobalConfig): SlackConfig {
  const apiUrl = str(m, 'api_url') ?? (hasKey(m, 'api_url_file') ? 'file' : global.slackApiUrl);
  if (apiUrl === '') throw configError(m.pos, 'no global Slack API URL set either inline or in a file');
  return {
    kind: 'slack',
    sendResolved: bool(m, 'send_resolved') ?? false,
    apiUrl,
    channel: str(m, 'channel') ?? '',
    username: str(m, 'username') ?? '{{ template "slack.default.username" . }}',
    color: str(m, 'color') ?? '{{ if eq .Status "firing" }}danger{{ else }}good{{ end }}',
    title: str(m, 'title') ?? '{{ template "slack.default.title" . }}',
    titleLink: str(m, 'title_link') ?? '{{ template "slack.default.titlelink" . }}',
    pretext: str(m, 'pretext') ?? '{{ template "slack.default.pretext" . }}',
    text: str(m, 'text') ?? '{{ template "slack.default.text" . }}',
    fallback: str(m, 'fallback') ?? '{{ template "slack.default.fallback" . }}',
    footer: str(m, 'footer') ?? '{{ template "slack.default.footer" . }}',
    iconEmoji: str(m, 'icon_emoji') ?? '{{ template "slack.default.iconemoji" . }}',
    iconUrl: str(m, 'icon_url') ?? '{{ template "slack.default.iconurl" . }}',
    linkNames: bool(m, 'link_names') ?? false,
    mrkdwnIn: strList(m, 'mrkdwn_in') ?? ['fallback', 'pretext', 'text'],
  };
}

function parseEmail(m: YMap, global: GlobalConfig): EmailConfig {
  const to = str(m, 'to') ?? '';
  if (to === '') throw configError(m.pos, 'missing to address in email config');
  const smarthost = str(m, 'smarthost') ?? global.smtpSmarthost;
  if (smarthost === '') throw configError(m.pos, 'no global SMTP smarthost set');
  const from = str(m, 'from') ?? global.smtpFrom;
  if (from === '') throw configError(m.pos, 'no global mail from address set');
  const headers = new Map<string, string>();
  for (const [k, { value, pos }] of strMap(m, 'headers')) {
    const canonical = canonicalHeader(k);
    if (headers.has(canonical)) throw configError(pos, `duplicate header ${JSON.stringify(canonical)} in email config`);
    headers.set(canonical, value);
  }
  // Alertmanager fills these three headers when the config does not set them.
  if (!headers.has('Subject')) headers.set('Subject', '{{ template "email.default.subject" . }}');
  if (!headers.has('To')) headers.set('To', to);
  if (!headers.has('From')) headers.set('From', from);
  return {
    kind: 'email',
    sendResolved: bool(m, 'send_resolved') ?? false,
    to,
    from,
    smarthost,
    hello: str(m, 'hello') ?? global.smtpHello,
    requireTls: bool(m, 'require_tls') ?? global.smtpRequireTls,
    headers,
    html: str(m, 'html') ?? '{{ template "email.default.html" . }}',
    text: str(m, 'text') ?? '',
  };
}

function parseWebhook(m: YMap): WebhookConfig {
  const url = str(m, 'url');
  if (url === undefined && str(m, 'url_file') === undefined) throw configError(m.pos, 'one of url or url_file must be configured');
  if (url !== undefined && !/^https?:\/\/[^/]/.test(url)) throw configError(posOf(m, 'url'), `unsupported scheme ${JSON.stringify(url.split(':')[0] ?? '')} for URL`);
  const maxAlerts = int(m, 'max_alerts') ?? 0;
  return { kind: 'webhook', sendResolved: bool(m, 'send_resolved') ?? true, url: url ?? '', maxAlerts };
}

/** canonicalHeader title-cases a header name as Go's strings.Title does (`x-priority` → `X-Priority`). */
function canonicalHeader(k: string): string {
  return k.replace(/(^|[^a-zA-Z0-9])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}
