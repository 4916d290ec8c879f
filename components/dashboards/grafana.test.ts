import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportGrafana } from './grafanaExport';
import { importGrafana, importGrafanaText, ImportError } from './grafanaImport';
import { BUILT_IN_DASHBOARDS } from './builtIn';

const sample = JSON.parse(readFileSync(join(__dirname, 'samples/node-exporter-mini.json'), 'utf8'));

describe('Grafana import', () => {
  const d = importGrafana(sample);

  it('reads rows, a collapsed row’s nested panels and the panels above the first row', () => {
    expect(d.rows.map((r) => [r.title, r.collapsed ?? false, r.panels.length])).toEqual([
      ['', false, 1], ['Quick CPU / Mem / Disk', false, 4], ['Basic CPU / Mem / Net / Disk', false, 4], ['Disk detail', true, 1],
    ]);
  });

  it('reads targets, legends, units, thresholds, calcs, mappings and variables', () => {
    const cpu = d.rows[2]!.panels[0]!;
    expect(cpu).toMatchObject({ type: 'timeseries', unit: 'percentunit', min: 0, legendCalcs: ['mean', 'max'], w: 12, h: 8 });
    expect(cpu.timeseries).toMatchObject({ stacking: 'normal', fillOpacity: 40 });
    expect(cpu.queries[0]!.legend).toBe('{{mode}}');
    expect(d.rows[1]!.panels[0]!.thresholds).toEqual([{ value: null, color: 'green' }, { value: 70, color: '#EAB839' }, { value: 90, color: 'red' }]);
    expect(d.rows[1]!.panels[3]!.mappings).toEqual([{ kind: 'range', from: null, to: 300, text: 'just rebooted', color: 'orange' }]);
    expect(d.variables.map((v) => [v.name, v.kind, v.query, v.multi, v.includeAll])).toEqual([
      ['job', 'query', 'label_values(node_uname_info, job)', false, false],
      ['node', 'query', 'label_values(node_uname_info{job="$job"}, instance)', true, true],
    ]);
    expect(d.refreshMs).toBe(30_000);
    expect(d.rangeMs).toBe(3_600_000);
  });

  it('reads percent stacking, from the time series panel and from the old graph panel', () => {
    const panel = (extra: object) => importGrafana({ title: 't', panels: [{ id: 1, title: 'p', gridPos: { x: 0, y: 0, w: 12, h: 8 }, targets: [{ expr: 'up' }], ...extra }] }).rows[0]!.panels[0]!;
    expect(panel({ type: 'timeseries', fieldConfig: { defaults: { custom: { stacking: { mode: 'percent' } } } } }).timeseries?.stacking).toBe('percent');
    expect(panel({ type: 'graph', stack: true, percentage: true }).timeseries?.stacking).toBe('percent');
    expect(panel({ type: 'graph', stack: true }).timeseries?.stacking).toBe('normal');
    expect(panel({ type: 'graph', percentage: true }).timeseries?.stacking).toBe('none');
    const round = importGrafana(exportGrafana(importGrafana({ title: 't', panels: [{ id: 1, type: 'timeseries', title: 'p', gridPos: { x: 0, y: 0, w: 12, h: 8 }, targets: [{ expr: 'up' }], fieldConfig: { defaults: { custom: { stacking: { mode: 'percent' } } } } }] })));
    expect(round.rows[0]!.panels[0]!.timeseries?.stacking).toBe('percent');
  });

  it('reads and writes a variable’s custom all value', () => {
    const withAll = importGrafana({ title: 't', panels: [], templating: { list: [{ type: 'custom', name: 'env', query: 'a,b', includeAll: true, allValue: '.*' }, { type: 'custom', name: 'x', query: 'a', allValue: null }] } });
    expect(withAll.variables.map((v) => v.allValue)).toEqual(['.*', undefined]);
    const out = exportGrafana(withAll) as { templating: { list: { allValue: unknown }[] } };
    expect(out.templating.list.map((v) => v.allValue)).toEqual(['.*', null]);
  });

  it('keeps panel types it cannot draw as named placeholders', () => {
    expect(d.rows[2]!.panels[3]).toMatchObject({ unsupported: 'piechart', title: 'Filesystem share' });
  });

  it('treats the JSON as data: HTML stays text, odd values are dropped', () => {
    const evil = importGrafana({
      title: '<img src=x onerror=alert(1)>',
      panels: [{ type: 'stat', title: 42, gridPos: { w: 999, h: -4 }, targets: [{ expr: { toString: 'x' } }, { expr: 'up', legendFormat: '<b>{{job}}</b>' }], fieldConfig: { defaults: { unit: 'javascript:alert(1)', thresholds: { steps: [{ color: 'red;background:url(x)', value: 1 }] } } } }],
      templating: { list: [{ type: 'adhoc', name: 'x' }, { type: 'custom', name: 'a b', query: '1,2' }] },
    });
    const p = evil.rows[0]!.panels[0]!;
    expect(evil.title).toBe('<img src=x onerror=alert(1)>');
    expect(p).toMatchObject({ title: '42', w: 24, h: 2, unit: 'short', queries: [{ expr: 'up', legend: '<b>{{job}}</b>' }] });
    expect(evil.variables.map((v) => v.name)).toEqual(['ab']);
  });

  it('explains why JSON is not a dashboard', () => {
    expect(() => importGrafanaText('{"title": ')).toThrow(ImportError);
    expect(() => importGrafana([1, 2])).toThrow(/JSON object/);
    expect(() => importGrafana({ title: 'x' })).toThrow(/No "panels" array/);
  });

  it('accepts the API’s {dashboard: …} wrapper', () => {
    expect(importGrafana({ dashboard: sample, meta: {} }).title).toBe('Node Exporter Mini');
  });
});

describe('Grafana export', () => {
  it('round-trips: import → export → import gives the same model', () => {
    const once = importGrafana(sample);
    expect(importGrafana(JSON.parse(JSON.stringify(exportGrafana(once))))).toEqual(once);
  });

  it('round-trips every built-in dashboard’s queries and layout', () => {
    for (const d of BUILT_IN_DASHBOARDS) {
      const once = importGrafana(exportGrafana(d));
      expect(importGrafana(exportGrafana(once))).toEqual(once);
      expect(once.rows.flatMap((r) => r.panels.map((p) => p.queries.map((q) => q.expr)))).toEqual(d.rows.flatMap((r) => r.panels.map((p) => p.queries.map((q) => q.expr))));
    }
  });

  it('writes what Grafana’s importer expects: __inputs, data source refs, schemaVersion, gridPos', () => {
    const out = exportGrafana(importGrafana(sample)) as Record<string, any>;
    expect(out.__inputs[0]).toMatchObject({ name: 'DS_PROMETHEUS', type: 'datasource', pluginId: 'prometheus' });
    expect(out.schemaVersion).toBeGreaterThanOrEqual(36);
    expect(out.uid).toBe('node-exporter-mini');
    const gauge = out.panels.find((p: any) => p.title === 'CPU Busy');
    expect(gauge.datasource).toEqual({ type: 'prometheus', uid: '${DS_PROMETHEUS}' });
    expect(gauge.targets[0].datasource).toEqual({ type: 'prometheus', uid: '${DS_PROMETHEUS}' });
    expect(gauge.gridPos).toEqual({ x: 0, y: 5, w: 6, h: 6 });
    const collapsed = out.panels.find((p: any) => p.type === 'row' && p.collapsed);
    expect(collapsed.panels.map((p: any) => p.title)).toEqual(['Filesystem available']);
    expect(out.templating.list[1].query).toEqual({ query: 'label_values(node_uname_info{job="$job"}, instance)', refId: 'PrometheusVariableQueryEditor-VariableQuery' });
  });
});
