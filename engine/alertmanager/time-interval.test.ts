import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/random';
import { createAlertmanager } from './alertmanager';
import { loadConfig } from './config-parse';
import { intervalsContain } from './time-interval';

const CONFIG = `
time_intervals:
  - name: office-hours
    time_intervals:
      - weekdays: ['monday:friday']
        times: [{ start_time: '09:00', end_time: '17:00' }]
  - name: month-end
    time_intervals:
      - days_of_month: ['-3:-1']
        months: ['january:march']
        years: ['2026']
route:
  receiver: hook
  group_wait: 0s
  routes:
    - matchers: [team="day"]
      active_time_intervals: [office-hours]
receivers:
  - name: hook
    webhook_configs: [{ url: 'http://hook.invalid/' }]
`;

describe('time intervals', () => {
  const cfg = loadConfig(CONFIG);
  const office = cfg.timeIntervals.get('office-hours')!;
  const monthEnd = cfg.timeIntervals.get('month-end')!;
  const cases: [string, readonly unknown[], string, boolean][] = [
    ['Monday 09:00', office, '2026-03-02T09:00:00Z', true],
    ['Monday 17:00 (end is exclusive)', office, '2026-03-02T17:00:00Z', false],
    ['Saturday noon', office, '2026-03-07T12:00:00Z', false],
    ['Jan 29 2026 (third-last day)', monthEnd, '2026-01-29T00:00:00Z', true],
    ['Feb 26 2026 (third-last day of February)', monthEnd, '2026-02-26T00:00:00Z', true],
    ['Feb 25 2026', monthEnd, '2026-02-25T00:00:00Z', false],
    ['Apr 30 2026 (month outside)', monthEnd, '2026-04-30T00:00:00Z', false],
  ];
  it.each(cases)('%s', (_, specs, at, inside) => {
    expect(intervalsContain(specs as typeof office, Date.parse(at))).toBe(inside);
  });

  it('holds notifications outside active_time_intervals and sends once inside', () => {
    const saturday = Date.parse('2026-03-07T12:00:00Z');
    const am = createAlertmanager({ config: CONFIG, startMs: saturday, random: createRandom(1) });
    am.receiveAlerts([{ labels: { alertname: 'Report', team: 'day' }, endsAt: '2026-03-10T00:00:00Z' }], saturday);
    am.tick(Date.parse('2026-03-09T08:59:59Z'));
    expect(am.inbox().webhook.deliveries).toHaveLength(0);
    am.tick(Date.parse('2026-03-09T09:05:00Z'));
    // Flushes run every group_interval (5m) from Saturday 12:00; the first inside office hours is 09:00.
    expect(am.inbox().webhook.deliveries.map((d) => new Date(d.atMs).toISOString())).toEqual(['2026-03-09T09:00:00.000Z']);
  });
});
