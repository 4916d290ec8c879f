import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates';
import { renderTemplate } from './template';
import { buildData, toView, type NotificationAlert } from './template-data';

const alert = (labels: Record<string, string>, status: 'firing' | 'resolved' = 'firing', annotations: Record<string, string> = {}): NotificationAlert => ({
  status, labels, annotations, startsAtMs: Date.UTC(2026, 0, 1), endsAtMs: status === 'firing' ? null : Date.UTC(2026, 0, 1, 0, 5),
  generatorURL: 'http://prom/graph', fingerprint: '0000000000000001',
});

const view = toView(buildData('team-x', { alertname: 'InstanceDown' }, [
  alert({ alertname: 'InstanceDown', instance: 'a:1', severity: 'critical' }, 'firing', { summary: 'a is down' }),
  alert({ alertname: 'InstanceDown', instance: 'b:1', severity: 'critical' }, 'resolved', { summary: 'b is down' }),
], 'http://am.local'));

const render = (text: string): string => renderTemplate(text, view, DEFAULT_TEMPLATES);

describe('notification templates', () => {
  const cases: [string, string][] = [
    ['{{ template "slack.default.title" . }}', '[FIRING:1] InstanceDown (critical)'],
    ['{{ template "__alertmanagerURL" . }}', 'http://am.local/#/alerts?receiver=team-x'],
    ['{{ if eq .Status "firing" }}danger{{ else }}good{{ end }}', 'danger'],
    ['{{ .CommonLabels.severity }}/{{ .GroupLabels.alertname }}', 'critical/InstanceDown'],
    ['{{ .Alerts.Firing | len }} firing, {{ len .Alerts.Resolved }} resolved', '1 firing, 1 resolved'],
    ['{{ range .Alerts }}{{ .Labels.instance }}:{{ .Status }} {{ end }}', 'a:1:firing b:1:resolved '],
    ['{{ range .Alerts.Firing }}{{ .Annotations.summary }}{{ end }}', 'a is down'],
    ['{{ range $i, $a := .Alerts }}{{ $i }}={{ $a.Labels.instance }};{{ end }}', '0=a:1;1=b:1;'],
    ['{{ .Status | toUpper }}', 'FIRING'],
    ['{{ .CommonLabels.SortedPairs.Values | join "," }}', 'InstanceDown,critical'],
    ['{{ with .CommonLabels.Remove .GroupLabels.Names }}{{ .Values | join " " }}{{ end }}', 'critical'],
    ['{{- " trimmed " -}}  \n  x', ' trimmed x'],
    ['{{/* a comment */}}ok', 'ok'],
    ['{{ if gt (len .Alerts) 1 }}many{{ else if eq (len .Alerts) 1 }}one{{ else }}none{{ end }}', 'many'],
    ['{{ .CommonLabels.missing }}|', '|'],
    ['{{ printf "%s has %d alerts" .Receiver (len .Alerts) }}', 'team-x has 2 alerts'],
    ['{{ title "hello world" }}', 'Hello World'],
    ['{{ reReplaceAll ":.*" "" "host:9100" }}', 'host'],
    ['{{ range .Alerts.Firing }}{{ .Labels.instance | reReplaceAll ":.*" "" }}{{ end }}', 'a'],
    ['{{ .Nope }}', 'ERROR template: can\'t evaluate field Nope'],
    ['{{ range .Alerts.Firing }}{{ .StartsAt.Format "2006-01-02 15:04 MST" }}{{ end }}', '2026-01-01 00:00 UTC'],
    ['{{ range .Alerts.Resolved }}{{ .EndsAt }}{{ end }}', '2026-01-01 00:05:00 +0000 UTC'],
  ];
  it.each(cases)('%s', (text, out) => {
    if (out.startsWith('ERROR ')) expect(() => render(text)).toThrow(out.slice(6));
    else expect(render(text)).toBe(out);
  });

  it('renders the default subject with a trailing space when every common label is a group label', () => {
    const v = toView(buildData('r', { alertname: 'A' }, [alert({ alertname: 'A' })], ''));
    expect(renderTemplate('{{ template "__subject" . }}', v, DEFAULT_TEMPLATES)).toBe('[FIRING:1] A ');
  });

  it('reports unknown functions and templates', () => {
    expect(() => render('{{ nosuch . }}')).toThrow('function "nosuch" not defined');
    expect(() => render('{{ template "nosuch" . }}')).toThrow('no such template "nosuch"');
  });
});
