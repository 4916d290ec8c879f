import { describe, expect, it } from 'vitest';
import { alertingGroups, countAlertStates, countRuleStates, filterRules, ruleAnchor } from './alertStates';
import type { AlertingRule, NotificationChainResponse, RuleGroup } from './apiTypes';
import { parseDuration } from './duration';
import { highlightPromQL } from './highlightPromQL';
import { errorText } from './http';
import { buildChain, currentLifecycle } from './notificationChain';
import { buildSilence, formatMatchers, matcherToRow, newDraft, parseMatchers, rowToMatcher, rowsFromLabels, withDuration, withTimes } from './silenceForm';
import { formatAgo, formatDuration } from './time';

const T = Date.UTC(2026, 0, 5, 6, 0, 0);

function rule(name: string, state: AlertingRule['state'], alertStates: AlertingRule['state'][] = []): AlertingRule {
  return {
    type: 'alerting', name, state, query: 'up == 0', duration: 300, keepFiringFor: 0, labels: {}, annotations: {}, health: 'ok',
    evaluationTime: 0, lastEvaluation: '', alerts: alertStates.map((s) => ({ labels: {}, annotations: {}, state: s, value: '1' })),
  };
}

describe('alert state counts and filters', () => {
  const rules = [rule('InstanceDown', 'firing', ['firing', 'pending']), rule('HighErrorRatio', 'inactive'), rule('HighLatencyP99', 'pending', ['pending']), rule('ModelDrift', 'inactive')];

  it('counts rules by state and a rule’s alerts by state', () => {
    expect(countRuleStates(rules)).toEqual({ inactive: 2, pending: 1, firing: 1 });
    expect(countAlertStates(rules[0]!)).toEqual({ inactive: 0, pending: 1, firing: 1 });
  });

  it('filters by the chosen states (none chosen = all) and by name', () => {
    expect(filterRules(rules, new Set()).length).toBe(4);
    expect(filterRules(rules, new Set(['firing', 'pending'])).map((r) => r.name)).toEqual(['InstanceDown', 'HighLatencyP99']);
    expect(filterRules(rules, new Set(), 'high').map((r) => r.name)).toEqual(['HighErrorRatio', 'HighLatencyP99']);
  });

  it('keeps only groups with alerting rules, and gives each rule a stable anchor', () => {
    const recording = { type: 'recording', name: 'job:x:rate5m', query: 'x', health: 'ok', evaluationTime: 0, lastEvaluation: '' } as const;
    const groups: RuleGroup[] = [
      { name: 'golden-signals', file: 'f', rules: [recording], interval: 15, limit: 0, evaluationTime: 0, lastEvaluation: '' },
      { name: 'alerts', file: 'f', rules: [recording, ...rules], interval: 15, limit: 0, evaluationTime: 0, lastEvaluation: '' },
    ];
    expect(alertingGroups(groups).map((g) => [g.group.name, g.rules.length])).toEqual([['alerts', 4]]);
    expect(ruleAnchor('Golden Signals!', 3)).toBe('rule-golden-signals-3');
  });
});

describe('the silence form', () => {
  it('maps the four operators to Alertmanager’s isRegex/isEqual and back', () => {
    expect(rowToMatcher({ name: ' job ', op: '=', value: 'node' })).toEqual({ name: 'job', value: 'node', isRegex: false, isEqual: true });
    expect(rowToMatcher({ name: 'job', op: '!=', value: 'node' })).toEqual({ name: 'job', value: 'node', isRegex: false, isEqual: false });
    expect(rowToMatcher({ name: 'instance', op: '=~', value: 'node-.*' })).toEqual({ name: 'instance', value: 'node-.*', isRegex: true, isEqual: true });
    expect(rowToMatcher({ name: 'instance', op: '!~', value: 'node-.*' })).toEqual({ name: 'instance', value: 'node-.*', isRegex: true, isEqual: false });
    for (const op of ['=', '!=', '=~', '!~'] as const) expect(matcherToRow(rowToMatcher({ name: 'a', op, value: 'v' })).op).toBe(op);
    expect(matcherToRow({ name: 'a', value: 'v', isRegex: false }).op).toBe('=');
  });

  it('builds the POST body from a draft, dropping spare empty rows and keeping bad matchers for Alertmanager to judge', () => {
    const draft = { ...newDraft(T + 1234, [{ name: 'alertname', op: '=', value: 'InstanceDown' }, { name: '', op: '=', value: '' }, { name: 'bad name', op: '=~', value: '(' }] as const), createdBy: ' ada ', comment: 'maintenance' };
    const r = buildSilence(draft);
    expect(r).toEqual({
      ok: true,
      silence: {
        matchers: [{ name: 'alertname', value: 'InstanceDown', isRegex: false, isEqual: true }, { name: 'bad name', value: '(', isRegex: true, isEqual: true }],
        startsAt: '2026-01-05T06:00:01.000Z', endsAt: '2026-01-05T08:00:01.000Z', createdBy: 'ada', comment: 'maintenance',
      },
    });
  });

  it('reports unreadable times and a missing creator or comment instead of sending', () => {
    const r = buildSilence({ ...newDraft(T), startsAt: 'tomorrow', createdBy: '', comment: ' ' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual(['start: "tomorrow" is not a date and time', 'creator: required, so others know whom to ask', 'comment: required, say why the alerts are silenced']);
  });

  it('keeps duration and end time in step', () => {
    const d = newDraft(T);
    expect([d.startsAt, d.endsAt, d.duration]).toEqual(['2026-01-05T06:00:00', '2026-01-05T08:00:00', '2h']);
    expect(withDuration(d, '1h30m').endsAt).toBe('2026-01-05T07:30:00');
    expect(withDuration(d, '1 hour')).toMatchObject({ duration: '1 hour', endsAt: '2026-01-05T08:00:00' });
    expect(withTimes(d, '2026-01-05T06:00:00', '2026-01-05T06:45:00').duration).toBe('45m');
  });

  it('pre-fills one equality matcher per label, printed and parsed as ?filter= carries them', () => {
    const rows = rowsFromLabels({ job: 'node', alertname: 'InstanceDown', instance: 'node-3:9100' });
    expect(rows.map((r) => r.name)).toEqual(['alertname', 'instance', 'job']);
    const text = formatMatchers([...rows, { name: 'path', op: '!~', value: '/a"b\\.*' }]);
    expect(text).toBe('{alertname="InstanceDown", instance="node-3:9100", job="node", path!~"/a\\"b\\\\.*"}');
    expect(parseMatchers(text)).toEqual([...rows, { name: 'path', op: '!~', value: '/a"b\\.*' }]);
    expect(parseMatchers('alertname="X"')).toEqual([{ name: 'alertname', op: '=', value: 'X' }]);
    expect(parseMatchers('{alertname=X}')).toBeNull();
  });
});

describe('the notification chain', () => {
  const alert = '{alertname="InstanceDown", instance="node-3:9100", job="node", severity="critical"}';
  const res: NotificationChainResponse = {
    notification: {
      id: 1, atMs: T + 360_000, receiver: 'admin', integration: 'email', integrationIndex: 0, groupKey: 'g', status: 'firing',
      steps: [
        { atMs: T + 330_000, kind: 'group-created', detail: 'group created' },
        { atMs: T + 330_000, kind: 'alert-received', detail: 'alert InstanceDown 49291f55c35e1545 received' },
        { atMs: T + 360_000, kind: 'group-wait-elapsed', detail: 'group_wait (30s) elapsed' },
        { atMs: T + 360_000, kind: 'dedup', detail: 'dedup: → send' },
        { atMs: T + 360_000, kind: 'send', detail: 'e-mail to admin@example.org' },
      ],
    },
    alerts: [{
      fingerprint: '49291f55c35e1545', alert, labels: { alertname: 'InstanceDown', instance: 'node-3:9100' },
      events: [
        // An earlier life of the same alert, already resolved: not part of this story.
        { kind: 'transition', tMs: T - 900_000, group: 'alerts', rule: 'InstanceDown', from: 'new', to: 'pending', why: 'old' },
        { kind: 'transition', tMs: T - 800_000, group: 'alerts', rule: 'InstanceDown', from: 'pending', to: 'removed', why: 'old' },
        { kind: 'transition', tMs: T + 30_000, group: 'alerts', rule: 'InstanceDown', from: 'new', to: 'pending', why: 'the expression returned this series' },
        { kind: 'transition', tMs: T + 330_000, group: 'alerts', rule: 'InstanceDown', from: 'pending', to: 'firing', why: 'active for 300s ≥ for 300s' },
        { kind: 'send', tMs: T + 330_000, group: 'alerts', rule: 'InstanceDown', reason: 'firing', why: 'first' },
        { kind: 'send', tMs: T + 345_000, group: 'alerts', rule: 'InstanceDown', reason: 'resend', why: 'resend_delay' },
      ],
    }],
  };

  it('keeps only the alert’s current life', () => {
    expect(currentLifecycle(res.alerts[0]!.events).map((e) => e.tMs)).toEqual([T + 30_000, T + 330_000, T + 330_000, T + 345_000]);
  });

  it('orders pending → firing → sent → group → group_wait → dedup → send with the time between steps', () => {
    const chain = buildChain(res);
    expect(chain.steps.map((s) => s.kind)).toEqual(['pending', 'firing', 'to-alertmanager', 'group-created', 'alert-received', 'group-wait-elapsed', 'dedup', 'send']);
    expect(chain.steps.map((s) => s.sinceMs)).toEqual([null, 300_000, 0, 0, 0, 30_000, 0, 0]);
    expect(chain.steps.map((s) => s.side)).toEqual(['prometheus', 'prometheus', 'prometheus', 'alertmanager', 'alertmanager', 'alertmanager', 'alertmanager', 'alertmanager']);
    expect(chain.totalMs).toBe(330_000);
    expect(chain.resends).toBe(1);
    expect(chain.steps.every((s) => s.alert === undefined)).toBe(true);
  });

  it('names the alert of each rule-side step when the notification holds several', () => {
    const two = { ...res, alerts: [res.alerts[0]!, { ...res.alerts[0]!, fingerprint: 'ffffffffffffffff', labels: { instance: 'node-4:9100' } }] };
    expect(buildChain(two).steps.filter((s) => s.side === 'prometheus').map((s) => s.alert)).toEqual(['node-3:9100', 'node-4:9100', 'node-3:9100', 'node-4:9100', 'node-3:9100', 'node-4:9100']);
  });
});

describe('small formatters', () => {
  it('reads and prints Prometheus durations', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('30m1h')).toBeNull();
    expect(parseDuration('')).toBeNull();
    expect([formatDuration(0), formatDuration(30_000), formatDuration(330_000), formatDuration(3_723_400), formatDuration(250)]).toEqual(['0s', '30s', '5m30s', '1h2m3s', '250ms']);
  });

  it('says how long ago against the virtual now', () => {
    expect(formatAgo(T - 8_200, T)).toBe('8s ago');
    expect(formatAgo(T + 120_000, T)).toBe('in 2m');
    expect(formatAgo(T - 300, T)).toBe('just now');
  });

  it('extracts the error wording of each API', () => {
    expect(errorText(400, '{"status":"error","errorType":"bad_data","error":"parse error"}')).toBe('parse error');
    expect(errorText(400, '{"code":400,"message":"silence invalid: at least one matcher required"}')).toBe('silence invalid: at least one matcher required');
    expect(errorText(400, '"silence invalid: end time must not be before start time"\n')).toBe('silence invalid: end time must not be before start time');
    expect(errorText(404, 'page not found')).toBe('page not found');
    expect(errorText(500, '')).toBe('HTTP 500');
  });
});

describe('PromQL highlighting', () => {
  const kinds = (q: string) => highlightPromQL(q).filter((t) => t.kind !== 'plain').map((t) => `${t.kind}:${t.text}`);

  it('tells metrics, functions, labels, strings, durations and operators apart', () => {
    expect(kinds('sum by (job, le) (rate(http_requests_total{code=~"5.."}[5m])) > 0.05')).toEqual([
      'keyword:sum', 'keyword:by', 'label:job', 'label:le', 'function:rate', 'metric:http_requests_total', 'label:code', 'operator:=~', 'string:"5.."', 'duration:5m', 'operator:>', 'number:0.05',
    ]);
    expect(kinds('up == 0')).toEqual(['metric:up', 'operator:==', 'number:0']);
  });

  it('loses no text', () => {
    const q = 'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/data"}[1h], 4 * 3600) < 0 # soon full\n';
    expect(highlightPromQL(q).map((t) => t.text).join('')).toBe(q);
  });
});
