import { describe, expect, it } from 'vitest';
import { createSystem } from './index';

/**
 * The seed scenario end to end, with the default configuration files:
 * "if an instance does not respond for 5 minutes, send the administrator a
 * Slack DM and an e-mail" — InstanceDown (`up == 0` for 5m, critical) routed
 * to the `admin` receiver.
 */
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const INSTANCE = 'node-3:9100';

describe('seed scenario: instance down → pending → firing → Slack DM and e-mail → resolved', () => {
  it('runs through the whole alert life cycle', async () => {
    const s = createSystem({ seed: 7, startMs: T0 });
    const instanceDown = () => s.rules.alerts().alerts.filter((a) => a.labels['alertname'] === 'InstanceDown');
    await s.advance(60_000);
    expect(instanceDown()).toEqual([]);

    const startMs = s.clock.nowMs;
    const id = s.startIncident('instance-down', { target: 'node-3' });
    // One failed scrape (≤ 15s) and one evaluation (≤ 15s) later the alert is pending.
    await s.advance(30_000);
    expect(instanceDown().map((a) => [a.labels['instance'], a.state])).toEqual([[INSTANCE, 'pending']]);
    const activeAtMs = Date.parse(instanceDown()[0]!.activeAt!);
    expect(activeAtMs).toBeGreaterThan(startMs);

    // Still pending just before the 5m `for` has elapsed; firing at the first evaluation after it.
    await s.runUntil(activeAtMs + 300_000 - 1);
    expect(instanceDown()[0]!.state).toBe('pending');
    await s.runUntil(activeAtMs + 300_000);
    expect(instanceDown()[0]!.state).toBe('firing');
    const alerts = JSON.parse((await s.api({ method: 'GET', url: '/api/v1/alerts', headers: {}, body: '' })).body);
    expect(alerts.data.alerts).toContainEqual(expect.objectContaining({ state: 'firing', labels: expect.objectContaining({ instance: INSTANCE, job: 'node' }) }));
    expect(s.inbox().email.messages).toEqual([]);

    // group_wait (30s) after the alert reached the Alertmanager: a DM to @admin and an e-mail.
    await s.runUntil(activeAtMs + 300_000 + 29_999);
    expect(s.inbox().slack.directMessages).toEqual([]);
    await s.runUntil(activeAtMs + 300_000 + 30_000);
    const inbox = s.inbox();
    const dm = inbox.slack.directMessages.find((c) => c.name === '@admin')!.messages;
    expect(dm.map((m) => m.status)).toEqual(['firing']);
    expect(dm[0]!.payload.attachments[0]!.title).toContain('InstanceDown');
    expect(JSON.stringify(dm[0]!.payload)).toContain(INSTANCE);
    expect(inbox.email.messages.map((m) => [m.to, m.status])).toEqual([['admin@example.org', 'firing']]);
    expect(inbox.email.messages[0]!.html).toContain(`instance = ${INSTANCE}`);
    // Critical alerts go to the admin only, not to the team channel.
    expect(inbox.slack.channels).toEqual([]);

    // Back up: the next evaluation resolves it, the next group_interval flush sends [RESOLVED].
    s.stopIncident(id);
    await s.advance(6 * 60_000);
    expect(instanceDown()).toEqual([]);
    const after = s.inbox();
    expect(after.slack.directMessages.find((c) => c.name === '@admin')!.messages.map((m) => m.status)).toEqual(['firing', 'resolved']);
    expect(after.email.messages.map((m) => m.status)).toEqual(['firing', 'resolved']);
    expect(after.email.messages[1]!.subject).toMatch(/^\[RESOLVED\] InstanceDown/);
    // The timeline explains it: alert state changes, sends, notifications.
    const kinds = s.events(T0, 100_000).map((e) => e.kind);
    expect(kinds).toContain('alert-state');
    expect(kinds).toContain('notification');
  }, 120_000);
});
