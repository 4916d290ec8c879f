import { describe, expect, it } from 'vitest';
import { checkExercise, withScenario } from './check';
import { testEnv } from './testing';
import type { ConfigExercise, LessonWorld } from './types';

/**
 * Delivery probes, on a world where node-3 and node-5 stop answering 9
 * minutes before the end: InstanceDown fires for both after its 5 minutes
 * of `for`, and the Alertmanager delivers it by the route under test.
 */

const world: LessonWorld = {
  seed: 3,
  incidents: [
    { kind: 'instance-down', options: { target: 'node-3:9100' }, startedAgoMs: 9 * 60_000 },
    { kind: 'instance-down', options: { target: 'node-5:9100' }, startedAgoMs: 9 * 60_000 },
  ],
};

/** alertmanagerYml writes a small config: everything to #alerts unless `routes` say otherwise. */
function alertmanagerYml({ routes = '', receivers = '', groupBy = '[alertname, job]', groupWait = '30s' } = {}): string {
  return `global:
  slack_api_url: https://hooks.slack.com/services/T000/B000/XXXX
  smtp_smarthost: smtp.example.org:587
  smtp_from: alertmanager@example.org
route:
  receiver: team-slack
  group_by: ${groupBy}
  group_wait: ${groupWait}
  routes:
${routes || '    []'}
receivers:
  - name: team-slack
    slack_configs:
      - channel: "#alerts"
${receivers}`;
}

const ADMIN_ROUTE = `    - matchers:
        - alertname = "InstanceDown"
      receiver: admin
`;
const ADMIN = `  - name: admin
    slack_configs:
      - channel: "@admin"
    email_configs:
      - to: admin@example.org
`;
const ADMIN_SLACK_ONLY = `  - name: admin
    slack_configs:
      - channel: "@admin"
`;

const routing: ConfigExercise = {
  kind: 'config',
  file: 'alertmanager',
  prompt: 'Send InstanceDown to the admin by Slack DM and e-mail.',
  hints: [],
  starter: alertmanagerYml({ receivers: ADMIN }),
  solution: alertmanagerYml({ routes: ADMIN_ROUTE, receivers: ADMIN }),
  probes: [{ kind: 'deliveries' }],
  afterMs: 12 * 60_000,
};

describe('delivery probes on an alertmanager.yml exercise', () => {
  const env = testEnv();
  const check = (answer: string, variants = 0) => checkExercise(routing, answer, world, env, variants);

  it('passes the solution here and on hidden variants, and shows what reached each inbox', async () => {
    const v = await check(routing.solution, 2);
    expect(v).toMatchObject({ ok: true });
    expect(v.deliveries?.map((r) => [r.destination.kind, r.destination.name, r.ok])).toEqual([
      ['slack-dm', '@admin', true],
      ['email', 'admin@example.org', true],
    ]);
    const dm = v.deliveries![0]!;
    expect(dm.actual).toEqual(dm.expected);
    expect(dm.expected).toMatchObject({ alerts: [{ name: 'InstanceDown', count: 2 }], notifications: 1 });
    expect(dm.expected!.afterFiringMs).toBeGreaterThanOrEqual(30_000);
    expect(dm.expected!.afterFiringMs).toBeLessThan(60_000);
    // Down 9 minutes before the end of 12: 3 minutes in, plus 5 minutes of `for`, plus group_wait.
    expect(dm.expected!.sinceStartMs).toBeGreaterThan(8.5 * 60_000);
    expect(dm.expected!.sinceStartMs).toBeLessThan(9.5 * 60_000);
  });

  it('accepts another receiver name and route order when the same inboxes get the same alerts', async () => {
    const renamed = alertmanagerYml({
      routes: ADMIN_ROUTE.replace('receiver: admin', 'receiver: oncall'),
      receivers: ADMIN.replace('name: admin', 'name: oncall'),
    });
    expect(await check(renamed)).toMatchObject({ ok: true });
  });

  it('says a receiver lacks the e-mail when only the Slack DM arrives', async () => {
    const v = await check(alertmanagerYml({ routes: ADMIN_ROUTE, receivers: ADMIN_SLACK_ONLY }));
    expect(v.ok).toBe(false);
    expect(v.message).toBe(
      'After 12 min with your file, no e-mail reached `admin@example.org` — `InstanceDown` (2 alerts) goes to `admin` (a Slack DM to `@admin` only), which does not reach it: add an `email_configs` entry with `to: admin@example.org`',
    );
    expect(v.deliveries?.map((r) => [r.destination.name, r.ok, r.actual === null])).toEqual([
      ['@admin', true, false],
      ['admin@example.org', false, true],
    ]);
  });

  it('asks for a route when the alert falls through to the default receiver', async () => {
    const v = await check(routing.starter);
    expect(v.ok).toBe(false);
    expect(v.message).toContain('no Slack DM reached `@admin` — does a route match `alertname="InstanceDown"`?');
    expect(v.message).toContain('falls through to `team-slack` (Slack `#alerts` only); the receiver `admin` is the one that reaches the Slack DM to `@admin`');
    // #alerts got what the solution does not send there: a row the learner can see.
    expect(v.deliveries?.find((r) => r.destination.name === '#alerts')).toMatchObject({ ok: false, expected: null });
  });

  it('asks for a receiver when none reaches the inbox', async () => {
    const v = await check(alertmanagerYml());
    expect(v.message).toContain('falls through to `team-slack` (Slack `#alerts` only); no receiver reaches it yet: add one with a `slack_configs` entry with `channel: "@admin"`');
  });

  it('names a route that catches the alert first', async () => {
    const first = `    - matchers:
        - job = "node"
      receiver: team-slack
${ADMIN_ROUTE}`;
    const v = await check(alertmanagerYml({ routes: first, receivers: ADMIN }));
    expect(v.message).toContain('goes to `team-slack` (Slack `#alerts` only) instead: your route `job="node"` catches it first');
  });

  it('reports an inbox that gets alerts the solution does not send there', async () => {
    const both = `${ADMIN_ROUTE.replace('receiver: admin', 'receiver: admin\n      continue: true')}    - matchers:
        - job = "node"
      receiver: team-slack
`;
    const v = await check(alertmanagerYml({ routes: both, receivers: ADMIN }));
    expect(v.ok).toBe(false);
    expect(v.message).toContain(
      '`InstanceDown` (2 alerts) also reached the Slack channel `#alerts`, which the exercise does not expect — your route `job="node"` catches it; make its matchers match only what the task asks for',
    );
  });

  it('explains a group_wait too long for anything to arrive', async () => {
    const v = await check(alertmanagerYml({ routes: ADMIN_ROUTE, receivers: ADMIN, groupWait: '10m' }));
    expect(v.message).toMatch(/no Slack DM reached `@admin` — `InstanceDown` \(2 alerts\) is routed to `admin`, but `group_wait` is 10m: .*expects it within 1m\d*s of the alert firing/);
  });

  it('explains a notification that arrives, but late', async () => {
    const v = await check(alertmanagerYml({ routes: ADMIN_ROUTE, receivers: ADMIN, groupWait: '3m' }));
    expect(v.message).toMatch(/the Slack DM to `@admin` went out, but only 3m\d*s? after `InstanceDown` fired; the exercise expects it within 1m\d*s: your route's `group_wait` is 3m$/);
  });

  it('says when every instance got its own notification, and what to group by', async () => {
    const v = await check(alertmanagerYml({ routes: ADMIN_ROUTE, receivers: ADMIN, groupBy: '[alertname, instance]' }));
    expect(v.message).toContain(
      'a separate notification reached the Slack DM to `@admin` for every one of `InstanceDown` (2 alerts), expected 1 notification — your notifications are grouped by `alertname` and `instance`; group by `alertname` and `job`',
    );
    expect(v.deliveries?.[0]?.actual?.notifications).toBe(2);
  });

  it('keeps the Alertmanager’s own error text with its line for a bad file', async () => {
    const v = await check(routing.solution.replace('receiver: admin', 'receiver: nobody'));
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/^Your file is rejected: .*nobody.*line \d+/);
  });

  it('fails loudly when the exercise’s own solution delivers nothing', async () => {
    const quiet: ConfigExercise = { ...routing, probes: [{ kind: 'deliveries', alerts: { alertname: 'NoSuchAlert' } }] };
    await expect(checkExercise(quiet, quiet.solution, world, env, 0)).rejects.toThrow(/internal error: the exercise's own solution delivers no firing notification about \{"alertname":"NoSuchAlert"\}/);
  });
});

describe('delivery probes on a rule exercise', () => {
  const env = testEnv();
  const rule = (forLine: string) => `groups:
  - name: node
    rules:
      - alert: NodeDown
        expr: up{job="node"} == 0
${forLine}        labels:
          severity: critical
`;
  const exercise: ConfigExercise = {
    kind: 'config',
    file: 'rules',
    prompt: 'Alert NodeDown after 5 minutes.',
    hints: [],
    starter: 'groups: []\n',
    solution: rule('        for: 5m\n'),
    probes: ['ALERTS{alertname="NodeDown"}', { kind: 'deliveries', alerts: { alertname: 'NodeDown' } }],
    afterMs: 12 * 60_000,
  };

  it('passes the solution', async () => {
    expect(await checkExercise(exercise, exercise.solution, world, env, 0)).toMatchObject({ ok: true });
  });

  it('catches a missing `for` that the PromQL probe alone misses', async () => {
    const v = await checkExercise(exercise, rule(''), world, env, 0);
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/`NodeDown` reached the Slack DM to `@admin` 5m\d*s? earlier than expected: your alert started firing 5m\d*s? earlier than the solution's — does your rule wait long enough \(`for:`\)\?/);
  });
});

describe('withScenario', () => {
  it('replaces incidents and adds rule files to the lesson’s', () => {
    const ex: ConfigExercise = { ...routing, scenario: { incidents: [{ kind: 'error-burst' }], ruleFiles: { 'rules/extra.yml': 'groups: []\n' } } };
    const w = withScenario(ex, world);
    expect(w.incidents).toEqual([{ kind: 'error-burst' }]);
    expect(Object.keys(w.ruleFiles!)).toEqual(['rules/default.yml', 'rules/extra.yml']);
    expect(withScenario(routing, world)).toBe(world);
  });
});
