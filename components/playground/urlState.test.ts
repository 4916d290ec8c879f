import { describe, expect, it } from 'vitest';
import { newPanel } from '../panels/panelState';
import { decodePanels, encodePanels, parseDuration } from './urlState';

describe('playground URL state', () => {
  it('reads Prometheus-style durations and rejects malformed ones', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('1x')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });

  it('round-trips every panel field through the query string', () => {
    const panels = [
      newPanel('sum by (code) (rate(http_requests_total[5m]))', { rangeMs: 900_000, stepMs: 30_000, stacked: true, yFromZero: true }),
      newPanel('up == 1', { tab: 'table', timeMs: 1_700_000_000_000 }),
    ];
    const back = decodePanels(encodePanels(panels));
    expect(back.map(({ id: _id, ...rest }) => rest)).toEqual(panels.map(({ id: _id, ...rest }) => rest));
  });

  it('writes the parameters Prometheus uses', () => {
    const q = new URLSearchParams(encodePanels([newPanel('up', { stacked: true })]));
    expect(Object.fromEntries(q)).toEqual({ 'g0.expr': 'up', 'g0.tab': 'graph', 'g0.range_input': '1h', 'g0.display_mode': 'stacked' });
  });

  it('keeps defaults for unreadable fields and finds no panels in an unrelated query string', () => {
    const [p] = decodePanels('g0.expr=up&g0.range_input=soon&g0.res_step=-1&g0.tab=explain');
    expect(p).toMatchObject({ expr: 'up', rangeMs: 3_600_000, stepMs: null, tab: 'graph', timeMs: null });
    expect(decodePanels('foo=bar')).toEqual([]);
  });
});
