import { newPanel, type PanelState } from '../panels/panelState';
import { formatDuration } from '../panels/timeFormat';

/**
 * The playground's panels as URL query parameters, in the style of
 * Prometheus's own UI: `g0.expr`, `g0.tab`, `g0.range_input=1h`,
 * `g0.res_step=15` (seconds), `g0.display_mode=stacked`, plus
 * `g0.y_from_zero=1` and `g0.moment=<ms>` (table evaluation time).
 */

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** parseDuration reads `1h30m`-style durations; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+)(ms|s|m|h|d|w)/gy;
  let total = 0;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    pos = re.lastIndex;
  }
  return pos === text.length && total > 0 ? total : undefined;
}

/** encodePanels writes the panels as a query string (without the leading `?`). */
export function encodePanels(panels: readonly PanelState[]): string {
  const q = new URLSearchParams();
  panels.forEach((p, i) => {
    const g = `g${i}.`;
    q.set(`${g}expr`, p.expr);
    q.set(`${g}tab`, p.tab);
    q.set(`${g}range_input`, formatDuration(p.rangeMs));
    if (p.stepMs !== null) q.set(`${g}res_step`, String(p.stepMs / 1000));
    if (p.stacked) q.set(`${g}display_mode`, 'stacked');
    if (p.yFromZero) q.set(`${g}y_from_zero`, '1');
    if (p.timeMs !== null) q.set(`${g}moment`, String(p.timeMs));
  });
  return q.toString();
}

/** decodePanels reads panels back; an unreadable field keeps its default. Returns [] when there are none. */
export function decodePanels(search: string): PanelState[] {
  const q = new URLSearchParams(search);
  const panels: PanelState[] = [];
  for (let i = 0; q.has(`g${i}.expr`); i++) {
    const get = (k: string) => q.get(`g${i}.${k}`);
    const step = Number(get('res_step'));
    const moment = Number(get('moment'));
    panels.push(newPanel(get('expr') ?? '', {
      tab: get('tab') === 'table' ? 'table' : 'graph',
      rangeMs: parseDuration(get('range_input') ?? '') ?? 3_600_000,
      stepMs: step > 0 ? Math.round(step * 1000) : null,
      stacked: get('display_mode') === 'stacked',
      yFromZero: get('y_from_zero') === '1',
      timeMs: get('moment') !== null && Number.isFinite(moment) ? moment : null,
    }));
  }
  return panels;
}
