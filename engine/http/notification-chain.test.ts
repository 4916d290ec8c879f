import { describe, expect, it } from 'vitest';
import { createSystem } from '../system/index';
import { createWorldHandler } from './world-routes';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('GET /api/sim/notifications/<id>: why a notification arrived when it did', () => {
  it('joins the Alertmanager record with the rule-side history of each alert in it', async () => {
    const s = createSystem({ seed: 7, startMs: T0 });
    const handle = createWorldHandler(s);
    const get = async (url: string) => handle({ method: 'GET', url, headers: {}, body: '' });
    await s.advance(60_000);
    s.startIncident('instance-down', { target: 'node-3' });
    await s.advance(7 * 60_000);

    const list = JSON.parse((await get('/api/sim/notifications')).body).notifications as { id: number; integration: string; atMs: number }[];
    const email = list.find((n) => n.integration === 'email')!;
    const res = await get(`/api/sim/notifications/${email.id}`);
    expect(res.status).toBe(200);
    const chain = JSON.parse(res.body);
    expect(chain.notification).toMatchObject({ id: email.id, receiver: 'admin', status: 'firing' });
    expect(chain.alerts).toHaveLength(1);
    const [alert] = chain.alerts;
    expect(alert.labels).toMatchObject({ alertname: 'InstanceDown', instance: 'node-3:9100', job: 'node' });
    expect(alert.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const transitions = alert.events.filter((e: { kind: string }) => e.kind === 'transition').map((e: { from: string; to: string }) => `${e.from}→${e.to}`);
    expect(transitions).toEqual(['new→pending', 'pending→firing']);
    expect(alert.events[0].tMs).toBeLessThan(chain.notification.atMs);
    // Only what happened up to the send: nothing after the notification's moment.
    expect(alert.events.every((e: { tMs: number }) => e.tMs <= email.atMs)).toBe(true);
    expect(alert.events.some((e: { kind: string; reason?: string }) => e.kind === 'send' && e.reason === 'firing')).toBe(true);
  }, 60_000);

  it('answers 404 for an unknown id and 405 for other methods', async () => {
    const handle = createWorldHandler(createSystem({ seed: 7, startMs: T0 }));
    expect((await handle({ method: 'GET', url: '/api/sim/notifications/99', headers: {}, body: '' })).status).toBe(404);
    expect((await handle({ method: 'POST', url: '/api/sim/notifications/1', headers: {}, body: '' })).status).toBe(405);
  });
});
