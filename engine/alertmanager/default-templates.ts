/**
 * Alertmanager's default notification templates, rendered directly: the
 * subject line (`[FIRING:1] InstanceDown (service-a instance-1 critical)`),
 * the Slack defaults (title = subject, username "Alertmanager", a title link
 * to the alerts page, empty text) and the e-mail subject and HTML body.
 */
import type { NamedTemplates } from './template';
import type { TemplateAlertView, TemplateView } from './template-values';

const asView = (dot: unknown): TemplateView => dot as TemplateView;

/** subject is the `__subject` template: status, firing count, group label values, then other common label values. */
export function subject(d: TemplateView): string {
  const status = d.Status === 'firing' ? `FIRING:${d.Alerts.Firing().length}` : 'RESOLVED';
  let out = `[${status}] ${d.GroupLabels.Values().join(' ')} `;
  if (d.CommonLabels.size > d.GroupLabels.size) out += `(${d.CommonLabels.Remove(d.GroupLabels.Names()).Values().join(' ')})`;
  return out;
}

/** alertmanagerUrl is `__alertmanagerURL`: the alerts page filtered to the receiver. */
function alertmanagerUrl(d: TemplateView): string {
  return `${d.ExternalURL}/#/alerts?receiver=${encodeURIComponent(d.Receiver).replace(/%20/g, '+')}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}

function htmlAlert(a: TemplateAlertView): string {
  let out = '<strong>Labels</strong><br />\n';
  for (const p of a.Labels.SortedPairs()) out += `${escapeHtml(p.Name)} = ${escapeHtml(p.Value)}<br />\n`;
  if (a.Annotations.size > 0) out += '<strong>Annotations</strong><br />\n';
  for (const p of a.Annotations.SortedPairs()) out += `${escapeHtml(p.Name)} = ${escapeHtml(p.Value)}<br />\n`;
  return out + `<a href="${escapeHtml(a.GeneratorURL)}">Source</a><br />\n`;
}

/**
 * emailHtml is the content of `email.default.html` — the heading, the link to
 * Alertmanager and the firing/resolved sections with labels, annotations and
 * source link — without the original's inline CSS scaffolding.
 */
function emailHtml(d: TemplateView): string {
  const n = d.Alerts.length;
  const groups = d.GroupLabels.SortedPairs().map((p) => `${escapeHtml(p.Name)}=${escapeHtml(p.Value)} `).join('');
  let out = `<html>\n<head><title>${escapeHtml(subject(d))}</title></head>\n<body>\n`;
  out += `<p>${n} alert${n > 1 ? 's' : ''} for ${groups}</p>\n`;
  out += `<p><a href="${escapeHtml(alertmanagerUrl(d))}">View in Alertmanager</a></p>\n`;
  const firing = d.Alerts.Firing();
  const resolved = d.Alerts.Resolved();
  if (firing.length > 0) out += `<p><strong>[${firing.length}] Firing</strong></p>\n` + firing.map((a) => htmlAlert(a) + '<hr />\n').join('');
  if (resolved.length > 0) out += `<p><strong>[${resolved.length}] Resolved</strong></p>\n` + resolved.map((a) => htmlAlert(a) + '<hr />\n').join('');
  out += `<p>Sent by Alertmanager</p>\n</body>\n</html>\n`;
  return out;
}

/** textAlertList is `__text_alert_list`: each alert's labels, annotations and source. */
function textAlertList(alerts: readonly TemplateAlertView[]): string {
  let out = '';
  for (const a of alerts) {
    out += 'Labels:\n' + a.Labels.SortedPairs().map((p) => ` - ${p.Name} = ${p.Value}\n`).join('');
    out += 'Annotations:\n' + a.Annotations.SortedPairs().map((p) => ` - ${p.Name} = ${p.Value}\n`).join('');
    out += `Source: ${a.GeneratorURL}\n`;
  }
  return out;
}

const empty = (): string => '';

/** DEFAULT_TEMPLATES are the named templates `{{ template "…" . }}` can call. */
export const DEFAULT_TEMPLATES: NamedTemplates = new Map<string, (dot: unknown) => string>([
  ['__alertmanager', () => 'Alertmanager'],
  ['__alertmanagerURL', (d) => alertmanagerUrl(asView(d))],
  ['__subject', (d) => subject(asView(d))],
  ['__description', empty],
  ['__text_alert_list', (alerts) => textAlertList(alerts as TemplateAlertView[])],
  ['slack.default.title', (d) => subject(asView(d))],
  ['slack.default.username', () => 'Alertmanager'],
  ['slack.default.fallback', (d) => `${subject(asView(d))} | ${alertmanagerUrl(asView(d))}`],
  ['slack.default.callbackid', empty],
  ['slack.default.pretext', empty],
  ['slack.default.titlelink', (d) => alertmanagerUrl(asView(d))],
  ['slack.default.iconemoji', empty],
  ['slack.default.iconurl', empty],
  ['slack.default.text', empty],
  ['slack.default.footer', empty],
  ['email.default.subject', (d) => subject(asView(d))],
  ['email.default.html', (d) => emailHtml(asView(d))],
]);
