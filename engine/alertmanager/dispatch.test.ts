import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/random';
import { createAlertmanager } from './alertmanager';

/**
 * Grouping timing as Alertmanager does it: first flush group_wait after the
 * group is created, then a flush every group_interval; a flush sends only
 * when the dedup stage says so.
 */
const CONFIG = `
route:
  receiver: hook
  group_by: [alertname]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers: [team="quiet"]
      receiver: quiet
receivers:
  - name: hook
    webhook_configs: [{ url: 'http://hook.invalid/' }]
  - name: quiet
    webhook_configs: [{ url: 'http://quiet.invalid/', send_resolved: false }]
`;

const T = Date.UTC(2026, 0, 5, 10, 0, 0);
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const iso = (ms: number): string => new Date(ms).toISOString();

function setup() {
  const am = createAlertmanager({ config: CONFIG, startMs: T - 7 * S, random: createRandom(3) });
  const send = (at: number, labels: Record<string, string>, startsAt: number, endsAt?: number): void => {
    am.receiveAlerts([{ labels, startsAt: iso(startsAt), ...(endsAt === undefined ? {} : { endsAt: iso(endsAt) }) }], at);
  };
  /** sent lists [offset from T, status, alert count] of webhook deliveries. */
  const sent = (url = 'http://hook.invalid/'): [number, string, number][] =>
    am.inbox().webhook.deliveries.filter((d) => d.url === url).map((d) => [d.atMs - T, d.payload.status, d.payload.alerts.length]);
  return { am, send, sent };
}

describe('aggregation group timing', () => {
  it('sends the first notification group_wait after the group was created', () => {
    const { am, send, sent } = setup();
    send(T, { alertname: 'A', instance: '1' }, T, T + 10 * H);
    am.tick(T + 30 * S - 1);
    expect(sent()).toEqual([]);
    am.tick(T + 30 * S);
    expect(sent()).toEqual([[30 * S, 'firing', 1]]);
  });

  it('adds a new alert to the group at the next group_interval tick, not after another group_wait', () => {
    const { am, send, sent } = setup();
    send(T, { alertname: 'A', instance: '1' }, T, T + 10 * H);
    send(T + M, { alertname: 'A', instance: '2' }, T + M, T + 10 * H);
    am.tick(T + 30 * M);
    expect(sent()).toEqual([[30 * S, 'firing', 1], [5 * M + 30 * S, 'firing', 2]]);
  });

  it('repeats an unchanged group at the first flush strictly after repeat_interval', () => {
    const { am, send, sent } = setup();
    send(T, { alertname: 'A' }, T, T + 10 * H);
    am.tick(T + 5 * H);
    // Flushes run at 30s + k·5m; at 4h30s exactly 4h have passed, which is not yet "more than" 4h,
    // so the repeat goes out one group_interval later.
    expect(sent()).toEqual([[30 * S, 'firing', 1], [4 * H + 5 * M + 30 * S, 'firing', 1]]);
    expect(am.nextWakeup()).toBe(T + 5 * H + 30 * S);
  });

  it('sends a resolved notification at the next tick after endsAt when send_resolved is true', () => {
    const { am, send, sent } = setup();
    send(T, { alertname: 'A' }, T, T + 10 * H);
    send(T + 2 * M, { alertname: 'A' }, T, T + 2 * M);
    am.tick(T + 20 * M);
    expect(sent()).toEqual([[30 * S, 'firing', 1], [5 * M + 30 * S, 'resolved', 1]]);
    const resolved = am.inbox().webhook.deliveries[1]!.payload.alerts[0]!;
    expect(resolved.endsAt).toBe(iso(T + 2 * M).replace('.000Z', 'Z'));
  });

  it('resolves an alert without endsAt after resolve_timeout', () => {
    const { am, sent } = setup();
    am.receiveAlerts([{ labels: { alertname: 'A' }, startsAt: iso(T) }], T);
    am.tick(T + 20 * M);
    expect(sent()).toEqual([[30 * S, 'firing', 1], [5 * M + 30 * S, 'resolved', 1]]);
  });

  it('stays quiet on resolution when send_resolved is false, and notifies again when the alert re-fires', () => {
    const { am, send, sent } = setup();
    const labels = { alertname: 'B', team: 'quiet' };
    send(T, labels, T, T + 10 * H);
    send(T + M, labels, T, T + M);
    am.tick(T + 20 * M);
    expect(sent('http://quiet.invalid/')).toEqual([[30 * S, 'firing', 1]]);
    const quiet = am.flushLog().filter((f) => f.receiver === 'quiet');
    expect(quiet[1]!.steps.at(-1)!.detail).toContain('send_resolved is false');
    send(T + 30 * M, labels, T + 30 * M, T + 10 * H);
    am.tick(T + 31 * M);
    expect(sent('http://quiet.invalid/')).toEqual([[30 * S, 'firing', 1], [30 * M + 30 * S, 'firing', 1]]);
  });

  it('flushes at once when the first alert started more than group_wait ago', () => {
    const { am, send, sent } = setup();
    send(T, { alertname: 'Old' }, T - 10 * M, T + H);
    expect(sent()).toEqual([[0, 'firing', 1]]);
    expect(am.timeline()[0]!.steps.some((s) => s.kind === 'flush-immediately')).toBe(true);
  });

  it('lets an alert join an emptied group until maintenance removes it (every 30s)', () => {
    const { am, send, sent } = setup();
    send(T, { alertname: 'A' }, T, T + M);
    am.tick(T + 5 * M + 30 * S);
    expect(sent()).toEqual([[30 * S, 'firing', 1], [5 * M + 30 * S, 'resolved', 1]]);
    // Maintenance ticks run at start (T−7s) + k·30s: the emptied group goes at T+5m53s.
    expect(am.nextWakeup()).toBe(T + 5 * M + 53 * S);
    am.tick(T + 5 * M + 53 * S);
    expect(am.groups()).toHaveLength(0);
  });

  it('keeps a separate group per route and per group_by values', () => {
    const { am, send } = setup();
    send(T, { alertname: 'A', instance: '1' }, T, T + H);
    send(T, { alertname: 'A', instance: '2' }, T, T + H);
    send(T, { alertname: 'B' }, T, T + H);
    send(T, { alertname: 'A', team: 'quiet' }, T, T + H);
    expect(am.groups().map((g) => g.key)).toEqual([
      '{}:{alertname="A"}',
      '{}:{alertname="B"}',
      '{}/{team="quiet"}:{alertname="A"}',
    ]);
  });
});
