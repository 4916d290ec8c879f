import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeStorage } from '@/test/support/fakeStorage';
import { builtInDashboard } from './builtIn';
import type { Dashboard, Panel } from './model';
import { clearPanelEdits, savePanelEdit, withPanelEdits } from './panelEdits';


const panels = (d: Dashboard) => d.rows.flatMap((r) => r.panels);

describe('panel edits kept in the browser', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: Storage }).localStorage = fakeStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });
  const golden = builtInDashboard('golden-signals')!;
  const first = panels(golden)[0]!;

  it('leave an untouched dashboard as it is', () => {
    expect(withPanelEdits(golden)).toEqual({ dashboard: golden, edited: false });
  });

  it('come back after a reload, on that panel only, and go away on revert', () => {
    const edit: Panel = { ...first, title: 'My latency', unit: 'ms', queries: [{ expr: 'up', legend: '{{job}}' }], thresholds: [{ value: null, color: 'green' }, { value: 1, color: 'red' }] };
    savePanelEdit(golden.uid, edit);
    const { dashboard, edited } = withPanelEdits(golden);
    expect(edited).toBe(true);
    expect(panels(dashboard)[0]).toEqual({ ...edit, explain: first.explain, description: first.description });
    expect(panels(dashboard).slice(1)).toEqual(panels(golden).slice(1));
    clearPanelEdits(golden.uid);
    expect(withPanelEdits(golden).edited).toBe(false);
  });

  it('drop malformed fields and keep the built-in ones instead', () => {
    localStorage.setItem(`pp.dashboard-edits.${golden.uid}`, JSON.stringify({ [first.id]: { type: 'pie', title: 42, unit: '<b>', queries: [{ expr: 7 }], min: 'low', timeseries: { drawStyle: 'bars', fillOpacity: 900 } } }));
    const p = panels(withPanelEdits(golden).dashboard)[0]!;
    expect(p.type).toBe(first.type);
    expect(p.title).toBe(first.title);
    expect(p.unit).toBe(first.unit);
    expect(p.queries).toEqual(first.queries);
    expect(p.timeseries).toMatchObject({ drawStyle: 'bars', fillOpacity: 100 });
    localStorage.setItem(`pp.dashboard-edits.${golden.uid}`, JSON.stringify({ [first.id]: { timeseries: { stacking: 'percent' } }, [panels(golden)[1]!.id]: { timeseries: { stacking: 'sideways' } } }));
    const [percent, odd] = panels(withPanelEdits(golden).dashboard);
    expect(percent!.timeseries?.stacking).toBe('percent');
    expect(odd!.timeseries?.stacking).toBe('none');
    localStorage.setItem(`pp.dashboard-edits.${golden.uid}`, '{not json');
    expect(withPanelEdits(golden).edited).toBe(false);
  });
});
