import { describe, expect, it } from 'vitest';
import { newPanel } from '../panels/panelState';
import { decodeState, encodeState, MAX_PANELS, parseDuration } from './urlState';

const withoutIds = (ps: readonly { id: string }[]) => ps.map(({ id: _id, ...rest }) => rest);

describe('playground URL state', () => {
  it('reads Prometheus-style durations and rejects malformed ones', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('1d')).toBe(86_400_000);
    expect(parseDuration('1x')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });

  it('round-trips every panel field, the clock and the seed', () => {
    const state = {
      panels: [
        newPanel('sum by (code) (rate(http_requests_total[5m]))', { rangeMs: 900_000, stepMs: 30_000, stacked: true, yFromZero: true, endMs: 1_767_600_000_000 }),
        newPanel('up == 1', { tab: 'table', timeMs: 1_767_600_000_000 }),
        newPanel('rate(node_cpu_seconds_total[5m])', { tab: 'explain', rangeMs: 86_400_000 }),
      ],
      clock: { speed: 600, paused: true },
      seed: 7,
    };
    const { state: back, notices } = decodeState(encodeState(state));
    expect(notices).toEqual([]);
    expect(withoutIds(back.panels)).toEqual(withoutIds(state.panels));
    expect(back.clock).toEqual(state.clock);
    expect(back.seed).toBe(7);
  });

  it('writes the parameters Prometheus uses, and nothing for defaults', () => {
    const q = new URLSearchParams(encodeState({ panels: [newPanel('up', { stacked: true })], clock: {} }));
    expect(Object.fromEntries(q)).toEqual({ 'g0.expr': 'up', 'g0.tab': 'graph', 'g0.range_input': '1h', 'g0.display_mode': 'stacked' });
  });

  it('ignores unusable values with one notice each, keeping the defaults', () => {
    const { state, notices } = decodeState('g0.expr=up&g0.range_input=soon&g0.res_step=-1&g0.tab=pie&g0.end_input=yesterday&speed=9000&seed=abc&paused=maybe');
    expect(withoutIds(state.panels)).toEqual(withoutIds([newPanel('up')]));
    expect(state.clock).toEqual({});
    expect(state.seed).toBeUndefined();
    expect(notices).toHaveLength(7);
    expect(notices[0]).toBe('Ignored g0.tab="pie": the tabs are table, graph and explain.');
    expect(notices.some((n) => n.startsWith('Ignored speed="9000"'))).toBe(true);
  });

  it('carries a lesson whose world to open, and refuses a malformed lesson id', () => {
    const search = encodeState({ panels: [newPanel('up')], clock: {}, lesson: '02-collection/02-staleness' });
    expect(new URLSearchParams(search).get('lesson')).toBe('02-collection/02-staleness');
    expect(decodeState(search).state.lesson).toBe('02-collection/02-staleness');
    const bad = decodeState('g0.expr=up&lesson=../../etc/passwd');
    expect(bad.state.lesson).toBeUndefined();
    expect(bad.notices).toEqual(['Ignored lesson="../../etc/passwd": a lesson is named track/lesson, e.g. 02-collection/02-staleness.']);
  });

  it('carries a world recipe: history and staged incidents, bounded and validated', () => {
    const world = { historyMs: 7_200_000, incidents: [{ kind: 'error-burst' as const, target: 'api', startMs: 4_200_000, durationMs: 600_000 }, { kind: 'traffic-spike' as const }] };
    const search = encodeState({ panels: [newPanel('up')], clock: {}, seed: 3, world });
    const q = new URLSearchParams(search);
    expect(q.get('history')).toBe('2h');
    expect(q.getAll('incident')).toEqual(['error-burst:api@1h10m+10m', 'traffic-spike']);
    expect(decodeState(search).state).toMatchObject({ seed: 3, world });

    const bad = decodeState('g0.expr=up&history=3d&incident=meteor&incident=instance-down:node-1&' + Array(6).fill('incident=error-burst').join('&'));
    expect(bad.state.world).toEqual({ incidents: [{ kind: 'instance-down', target: 'node-1' }, ...Array(4).fill({ kind: 'error-burst' })] });
    expect(bad.notices[0]).toBe('Ignored history="3d": give a history between 1m and 24h, e.g. 2h.');
    expect(bad.notices[1]).toMatch(/^Ignored incident: unknown kind "meteor"/);
    expect(bad.notices[2]).toBe('Ignored incident="error-burst": at most 5 incidents.');
  });

  it('finds panels with gaps in their numbering and leaves unrelated parameters alone', () => {
    const { state, notices } = decodeState('utm_source=x&g3.expr=b&g1.expr=a');
    expect(state.panels.map((p) => p.expr)).toEqual(['a', 'b']);
    expect(notices).toEqual([]);
    expect(decodeState('foo=bar').state.panels).toEqual([]);
  });

  it(`opens at most ${MAX_PANELS} panels from a link`, () => {
    const search = Array.from({ length: MAX_PANELS + 5 }, (_, i) => `g${i}.expr=up`).join('&');
    const { state, notices } = decodeState(search);
    expect(state.panels).toHaveLength(MAX_PANELS);
    expect(notices).toEqual([`Only the first ${MAX_PANELS} of ${MAX_PANELS + 5} panels were opened.`]);
  });

  it('never throws on malformed percent-encoding or odd keys', () => {
    expect(() => decodeState('g0.expr=%E0%A4%A&%%%=1&g0.tab')).not.toThrow();
  });
});
