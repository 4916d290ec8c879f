import { describe, expect, it } from 'vitest';
import { parseExposition } from '../exposition/index';
import { isNetworkError, type SimResponse } from '../sim/index';
import { createWorld, type World } from '../world/index';
import { T0 } from '../world/testing';
import { Registry } from './registry';

const TEXT = 'text/plain;version=0.0.4';
const OPENMETRICS = 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5';

function get(w: World, hostPort: string, accept: string): SimResponse {
  const r = w.network.request(hostPort, { method: 'GET', path: '/metrics', query: {}, headers: { Accept: accept }, body: '', tMs: w.clock.nowMs }, 10_000);
  if (isNetworkError(r)) throw new Error(`${hostPort}: ${r.error}`);
  return r;
}

/** parsedValues parses a body and lists its sample values in line order. */
function parsedValues(r: SimResponse): number[] {
  const { families } = parseExposition(r.body, r.headers['Content-Type'] ?? '');
  const lines = r.body.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const values = families.flatMap((f) => f.samples.map((s) => s.value));
  // Families group their samples; the registry prints families whole, so line order is family order.
  expect(values).toHaveLength(lines.length);
  return values;
}

/** expectSameValues compares bit for bit (NaN equals NaN, 0 differs from -0). */
function expectSameValues(actual: readonly number[], expected: readonly number[], where: string): void {
  expect(actual.length, where).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) expect.fail(`${where}: value ${i} is ${actual[i]} in samples, ${expected[i]} in the text`);
  }
}

describe('sample values beside the exposition text', () => {
  it('every exporter gives, in both formats, the values its own text parses to, through incidents', () => {
    const w = createWorld({ seed: 7, startMs: T0 });
    w.incidents.start('traffic-spike', { atMs: T0 + 600_000, durationMs: 900_000 });
    w.incidents.start('error-burst', { atMs: T0 + 900_000, durationMs: 600_000 });
    w.incidents.start('memory-leak', { atMs: T0 + 300_000 });
    w.incidents.start('disk-filling', { atMs: T0 + 300_000 });
    w.incidents.start('cardinality-explosion', { atMs: T0 + 1_200_000 });
    w.incidents.start('model-drift', { atMs: T0 + 600_000 });
    let checked = 0;
    for (const stepMs of [15_000, 600_000, 600_000, 585_000, 7_000]) {
      w.clock.advance(stepMs);
      for (const t of w.targets()) {
        for (const accept of [TEXT, OPENMETRICS]) {
          const r = get(w, t.hostPort, accept);
          expect(r.samples, t.hostPort).toBeDefined();
          expectSameValues(r.samples!.values, parsedValues(r), `${t.hostPort} at +${w.clock.nowMs - T0} ms (${accept.slice(0, 16)})`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('keeps one layout object while the lines stay the same, and a new one when a series appears', () => {
    const w = createWorld({ seed: 7, startMs: T0 });
    const api = w.targets().find((t) => t.kind === 'api')!.hostPort;
    w.clock.advance(15_000);
    const a = get(w, api, TEXT);
    w.clock.advance(15_000);
    const b = get(w, api, TEXT);
    expect(b.samples!.layout).toBe(a.samples!.layout);
    expect(b.body.replace(/ \S+$/gm, '')).toBe(a.body.replace(/ \S+$/gm, ''));
    w.incidents.start('cardinality-explosion', { atMs: w.clock.nowMs });
    w.clock.advance(60_000);
    const c = get(w, api, TEXT);
    expect(c.samples!.layout).not.toBe(a.samples!.layout);
    expect(c.samples!.values.length).toBeGreaterThan(a.samples!.values.length);
  });

  it('prints a body from the state at the request, however the exporter moves on before it is read', () => {
    const w = createWorld({ seed: 7, startMs: T0 });
    const node = w.targets().find((t) => t.kind === 'node')!.hostPort;
    w.clock.advance(15_000);
    const early = get(w, node, TEXT);
    const values = [...early.samples!.values];
    w.clock.advance(120_000);
    const later = get(w, node, TEXT).body;
    // Read only now: still the body of the first request.
    expect(early.body).not.toBe(later);
    expectSameValues(parsedValues(early), values, node);
  });
});

describe('Registry snapshots', () => {
  it('render what render() printed when taken, and print -0 and NaN as the text format does', () => {
    const r = new Registry();
    const g = r.family('temperature_celsius', 'gauge', 'A gauge.').line({ room: 'a' });
    const c = r.family('events_total', 'counter', 'A counter.').line();
    g.value = -0;
    c.value = 3;
    const snap = r.snapshot(false);
    const printed = r.render(false);
    g.value = NaN;
    c.value = 4;
    expect(r.renderSnapshot(snap)).toBe(printed);
    expect(printed).toContain('temperature_celsius{room="a"} -0\n');
    expect(r.render(false)).toContain('temperature_celsius{room="a"} NaN\n');
    expect(r.render(true)).toContain('events_total 4.0\n');
  });
});
