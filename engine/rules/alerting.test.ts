import { describe, expect, it } from 'vitest';
import { formatRFC3339, formatRFC3339Millis } from './rfc3339';
import { createTestWorld, evalSlots, scrapeEvery, T0, type TestWorld } from './testing';

const RULES = `groups:
  - name: availability
    rules:
      - alert: InstanceDown
        expr: up{job="service-a"} == 0
        for: 5m
        labels:
          severity: page
        annotations:
          summary: "{{ $labels.instance }} of {{ $labels.job }} is down"
          value: "{{ $value }}"
`;

const FAIL_AT = T0 + 2 * 60_000;
const RECOVER_AT = T0 + 12 * 60_000;

/** The seed scenario: service-a's only instance is down from minute 2 to minute 12. */
function seedWorld(): TestWorld {
  const w = createTestWorld({ externalLabels: { cluster: 'eu1' } });
  scrapeEvery(w, { __name__: 'up', job: 'service-a', instance: 'a:8080' }, (t) => (t >= FAIL_AT && t < RECOVER_AT ? 0 : 1));
  w.manager.update({ 'rules.yml': RULES });
  return w;
}

describe('the seed scenario: up{job="service-a"} == 0 for 5m', () => {
  it('goes pending at the first failing evaluation, fires 5m later and resolves after recovery', async () => {
    const w = seedWorld();
    await w.step(30 * 60_000);
    const evals = evalSlots(w, T0 + 30 * 60_000);
    const pendingAt = evals.find((t) => t >= FAIL_AT)!;
    const resolvedAt = evals.find((t) => t >= RECOVER_AT)!;
    const alert = '{alertname="InstanceDown", instance="a:8080", job="service-a", severity="page"}';
    const transitions = w.manager.timeline(alert).filter((e) => e.kind === 'transition').map((e) => e.kind === 'transition' && [e.tMs - T0, e.from, e.to]);
    expect(transitions).toEqual([
      [pendingAt - T0, 'new', 'pending'],
      [pendingAt + 5 * 60_000 - T0, 'pending', 'firing'],
      [resolvedAt - T0, 'firing', 'inactive'],
      // Resolved alerts are kept 15 minutes, then dropped at the first evaluation after that.
      [evals.find((t) => t > resolvedAt + 15 * 60_000)! - T0, 'inactive', 'removed'],
    ].filter((t) => (t[0] as number) + T0 <= T0 + 30 * 60_000));
  });

  it('hands the notifier what Alertmanager receives: firing, resent after resend_delay, then resolved', async () => {
    const w = seedWorld();
    await w.step(16 * 60_000);
    const evals = evalSlots(w, T0 + 16 * 60_000);
    const firedAt = evals.find((t) => t >= FAIL_AT)! + 5 * 60_000;
    const resolvedAt = evals.find((t) => t >= RECOVER_AT)!;
    const first = w.sent[0]!;
    expect(first.tMs).toBe(firedAt);
    expect(first.alerts).toEqual([
      {
        labels: { alertname: 'InstanceDown', cluster: 'eu1', instance: 'a:8080', job: 'service-a', severity: 'page' },
        annotations: { summary: 'a:8080 of service-a is down', value: '0' },
        startsAt: formatRFC3339Millis(firedAt),
        // 4 × max(resend_delay 1m, interval 15s) from the send.
        endsAt: formatRFC3339Millis(firedAt + 4 * 60_000),
        generatorURL: 'http://localhost:9090/graph?g0.expr=up%7Bjob%3D%22service-a%22%7D+%3D%3D+0&g0.tab=1',
      },
    ]);
    // Resends happen once more than a minute has passed: 75s apart with a 15s interval.
    const firingSends = w.sent.filter((s) => s.tMs < resolvedAt).map((s) => s.tMs - firedAt);
    expect(firingSends).toEqual([0, 75_000, 150_000, 225_000]);
    expect(resolvedAt - firedAt).toBe(300_000);
    const resolved = w.sent.find((s) => s.tMs === resolvedAt)!;
    expect(resolved.alerts[0]!.endsAt).toBe(formatRFC3339Millis(resolvedAt));
    expect(resolved.alerts[0]!.startsAt).toBe(formatRFC3339Millis(firedAt));
    expect(resolved.alerts[0]!.startsAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const send = w.manager.timeline().find((e) => e.kind === 'send' && e.tMs === resolvedAt);
    expect(send).toMatchObject({ reason: 'resolved', why: 'the alert resolved since the last send' });
  });

  it('writes ALERTS and ALERTS_FOR_STATE, switching alertstate and going stale when resolved', async () => {
    const w = seedWorld();
    await w.step(30 * 60_000);
    const evals = evalSlots(w, T0 + 30 * 60_000);
    const pendingAt = evals.find((t) => t >= FAIL_AT)!;
    const resolvedAt = evals.find((t) => t >= RECOVER_AT)!;
    const series = '__name__=ALERTS,alertname=InstanceDown,alertstate=STATE,instance=a:8080,job=service-a,severity=page';
    expect(await w.instant('ALERTS', pendingAt)).toEqual({ [series.replace('STATE', 'pending')]: 1 });
    expect(await w.instant('ALERTS', pendingAt + 5 * 60_000)).toEqual({ [series.replace('STATE', 'firing')]: 1 });
    expect(await w.instant('ALERTS_FOR_STATE', pendingAt + 6 * 60_000)).toEqual({
      '__name__=ALERTS_FOR_STATE,alertname=InstanceDown,instance=a:8080,job=service-a,severity=page': Math.floor(pendingAt / 1000),
    });
    // Staleness markers end both series at the resolving evaluation.
    expect(await w.instant('ALERTS', resolvedAt)).toEqual({});
    expect(await w.instant('ALERTS_FOR_STATE', resolvedAt)).toEqual({});
  });

  it('serves /api/v1/rules and /api/v1/alerts data in Prometheus shapes', async () => {
    const w = seedWorld();
    await w.step(9 * 60_000);
    const rules = w.manager.rules();
    const group = rules.groups[0]!;
    expect(group).toMatchObject({ name: 'availability', file: 'rules.yml', interval: 15, limit: 0, evaluationTime: 0 });
    expect(group.rules[0]).toMatchObject({
      state: 'firing', name: 'InstanceDown', query: 'up{job="service-a"} == 0', duration: 300, keepFiringFor: 0,
      labels: { severity: 'page' }, health: 'ok', type: 'alerting',
    });
    const alerts = w.manager.alerts().alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ state: 'firing', value: '0e+00', labels: { alertname: 'InstanceDown', instance: 'a:8080' } });
    expect(w.manager.rules({ type: 'record' }).groups).toEqual([]);
    expect(w.manager.rules({ ruleName: ['InstanceDown'], excludeAlerts: true }).groups[0]!.rules[0]).toMatchObject({ alerts: null });
  });
});

describe('alert state timing', () => {
  it('drops a pending alert whose series vanishes before `for` elapsed, without notifying', async () => {
    const w = createTestWorld();
    const failAt = T0 + 60_000;
    scrapeEvery(w, { __name__: 'up', job: 'x' }, (t) => (t >= failAt && t < failAt + 2 * 60_000 ? 0 : 1));
    w.manager.update({ 'r.yml': 'groups: [{name: g, rules: [{alert: Down, expr: up == 0, for: 5m}]}]' });
    await w.step(10 * 60_000);
    const steps = w.manager.timeline().map((e) => e.kind === 'transition' && `${e.from}→${e.to}`);
    expect(steps).toEqual(['new→pending', 'pending→removed']);
    expect(w.sent).toEqual([]);
  });

  it('keeps firing for keep_firing_for after the condition clears', async () => {
    const w = createTestWorld();
    const failAt = T0 + 60_000;
    const clearAt = T0 + 4 * 60_000;
    scrapeEvery(w, { __name__: 'up', job: 'x' }, (t) => (t >= failAt && t < clearAt ? 0 : 1));
    w.manager.update({ 'r.yml': 'groups: [{name: g, rules: [{alert: Down, expr: up == 0, keep_firing_for: 2m}]}]' });
    await w.step(5 * 60_000);
    const evals = evalSlots(w, T0 + 10 * 60_000);
    const firstFail = evals.find((t) => t >= failAt)!;
    const firstClear = evals.find((t) => t >= clearAt)!;
    // While kept firing, the API shows since when.
    expect(w.manager.alerts().alerts[0]).toMatchObject({ state: 'firing', keepFiringSince: formatRFC3339(firstClear) });
    await w.step(5 * 60_000);
    const tr = w.manager.timeline().filter((e) => e.kind === 'transition').map((e) => e.kind === 'transition' && [e.tMs, e.from, e.to]);
    expect(tr).toEqual([
      // With no `for`, a new alert fires at its first evaluation.
      [firstFail, 'new', 'pending'],
      [firstFail, 'pending', 'firing'],
      [firstClear, 'firing', 'firing'],
      [firstClear + 2 * 60_000, 'firing', 'inactive'],
    ]);
    expect(w.manager.alerts().alerts).toEqual([]);
  });

  it('puts template errors into the annotation text and keeps evaluating', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'x' }, () => 0);
    w.manager.update({ 'r.yml': 'groups: [{name: g, rules: [{alert: Down, expr: up == 0, annotations: {d: "{{ humanize \\"x\\" }}"}}]}]' });
    await w.step(60_000);
    expect(w.manager.alerts().alerts[0]!.annotations.d).toMatch(/^<error expanding template: error executing template __alert_Down: template: __alert_Down:1:115: executing "__alert_Down" at <humanize "x">: error calling humanize: strconv.ParseFloat: parsing "x": invalid syntax>$/);
    expect(w.manager.rules().groups[0]!.rules[0]!.health).toBe('ok');
  });

  it('errors with Prometheus text when alert labels collide or the alert limit is exceeded', async () => {
    const w = createTestWorld();
    scrapeEvery(w, { __name__: 'up', job: 'a' }, () => 0);
    scrapeEvery(w, { __name__: 'up', job: 'b' }, () => 0);
    w.manager.update({
      'r.yml': `groups:
  - {name: collide, rules: [{alert: Down, expr: up == 0, labels: {job: same}}]}
  - {name: limited, limit: 1, rules: [{alert: Down, expr: up == 0}]}
`,
    });
    await w.step(60_000);
    const [collide, limited] = w.manager.rules().groups;
    expect(collide!.rules[0]).toMatchObject({ health: 'err', lastError: 'vector contains metrics with the same labelset after applying alert labels' });
    expect(limited!.rules[0]).toMatchObject({ health: 'err', lastError: 'exceeded limit of 1 with 2 alerts' });
  });
});
