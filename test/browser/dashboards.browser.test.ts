import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { openBrowser, watchPage } from './browser';

/** Screenshots land here for a person to look at (not compared automatically). */
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/dashboards';
/** The tab simulates the world's first hour before the first panel can draw. */
const WORLD_MS = 240_000;

/** What each panel type draws when it has data. */
const DRAWING: Readonly<Record<string, string>> = {
  timeseries: 'path.series-line',
  stat: '[data-testid=stat-value]',
  gauge: 'path.gauge-value',
  bargauge: 'rect.bar-gauge-bar',
  table: 'table.dash-table tbody tr',
  heatmap: 'g.heatmap-cells rect',
  text: '[data-testid=text-panel] p',
  unsupported: '[data-testid=unsupported-panel]',
};

describe('the /dashboards pages', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  const panels = () => page.locator('section.dash-panel');
  const panel = (id: string) => page.locator(`section.dash-panel[data-panel="${id}"]`);
  /**
   * clickPanelAction points at a panel and clicks one of its header actions
   * (shown while the pointer is over the panel). On a loaded machine a
   * refresh can move the layout under the pointer between the two, so the
   * pair is retried until the click lands.
   */
  const clickPanelAction = (id: string, name: string) =>
    vi.waitFor(async () => {
      await panel(id).hover();
      await panel(id).getByRole('button', { name }).click({ timeout: 2_000 });
    }, { timeout: 30_000, interval: 200 });

  /** settled waits until no panel is loading any more. */
  async function settled(): Promise<void> {
    await page.waitForFunction(() => {
      const all = [...document.querySelectorAll('section.dash-panel')];
      return all.length > 0 && all.every((p) => p.getAttribute('data-state') !== 'loading');
    }, undefined, { timeout: WORLD_MS });
  }

  /** expectAllDrawn checks every visible panel is ok (never "No data" on the world) and shows its drawing. */
  async function expectAllDrawn(): Promise<void> {
    const states = await panels().evaluateAll((els) => els.map((e) => `${e.getAttribute('data-panel')}:${e.getAttribute('data-state')}`));
    expect(states.filter((s) => !s.endsWith(':ok'))).toEqual([]);
    for (const el of await panels().all()) {
      const type = (await el.getAttribute('data-type'))!;
      const id = await el.getAttribute('data-panel');
      expect(await el.locator(DRAWING[type]!).count(), `${id} (${type}) draws ${DRAWING[type]}`).toBeGreaterThan(0);
    }
  }

  /** open follows the index's link (client-side, so the tab's world stays) and waits for the panels. */
  async function open(name: string): Promise<void> {
    if (!page.url().endsWith('/dashboards')) await page.locator('.dash-breadcrumb a').click();
    await page.locator(`a[href="/dashboards/${name}"]`).click();
    await page.locator(`[data-dashboard="${name}"]`).waitFor();
    await settled();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ctx = await openBrowser();
    page = await ctx.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    watch = watchPage(page);
    await page.goto(`${inject('baseUrl')}/dashboards`, { waitUntil: 'load' });
  }, WORLD_MS);

  afterAll(async () => {
    await ctx?.close();
  });

  it('lists the four built-in dashboards and the Grafana import', async () => {
    const links = await page.locator('.dash-index a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/dashboards/golden-signals', '/dashboards/ml-serving', '/dashboards/node-overview', '/dashboards/batch-jobs', '/dashboards/import']);
  });

  it('draws every golden-signals panel from the world, values in their units', async () => {
    await open('golden-signals');
    expect(await page.locator('.dash-row-title').allTextContents()).toEqual(['▾ Latency', '▾ Traffic', '▾ Errors', '▾ Saturation']);
    await expectAllDrawn();
    expect(await panel('traffic-total').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+ req\/s$/);
    expect(await panel('latency-p99').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+ (ms|s)$/);
    expect(await panel('errors-ratio').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+%$/);
    expect(await panel('traffic-table').locator('tbody tr').count()).toBe(8);
    await page.screenshot({ path: `${SHOTS}/golden-signals.png`, fullPage: true });
  }, WORLD_MS);

  it('shares the crosshair: hovering one chart draws the rule on the others', async () => {
    const box = (await panel('latency-quantiles').locator('svg[role=img]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await panel('latency-quantiles').locator('.dash-tooltip:not([hidden])').waitFor();
    expect(await panel('latency-quantiles').locator('.dash-tooltip').textContent()).toMatch(/p99.*ms/);
    const visible = await page.locator('line.crosshair[visibility=visible]').evaluateAll((ls) => ls.map((l) => l.closest('section')!.getAttribute('data-panel')));
    expect(visible).toEqual(expect.arrayContaining(['latency-quantiles', 'traffic-by-code', 'errors-by-handler', 'in-flight']));
    // The same time on every chart: the same fraction of each plot's width (68 px left and 12 px right margins).
    const fractions = await page.locator('line.crosshair[visibility=visible]').evaluateAll((ls) => ls.map((l) =>
      (Number(l.getAttribute('x1')) - 68) / (Number(l.closest('svg')!.getAttribute('width')) - 80)));
    expect(Math.max(...fractions) - Math.min(...fractions)).toBeLessThan(0.01);
    await page.mouse.move(5, 5);
    expect(await page.locator('line.crosshair[visibility=visible]').count()).toBe(0);
  });

  it('explains a golden signal: its PromQL with variables and macros substituted, and why', async () => {
    await clickPanelAction('errors-ratio', 'Explain');
    const query = await panel('errors-ratio').locator('pre.dash-query').textContent();
    expect(query).toMatch(/^sum\(rate\(http_requests_total\{job="api",pod=~"\(api-[^|]+(\|api-[^|]+){7}\)",code=~"5\.\."\}\[60s\]\)\) \/ sum/);
    expect(await panel('errors-ratio').locator('.dash-explain-text').textContent()).toMatch(/availability SLO/);
  });

  it('edits a panel in place: queries, unit and type', async () => {
    await clickPanelAction('traffic-total', 'Edit Request rate');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Unit' }).selectOption('ops');
    await dialog.getByRole('textbox', { name: 'Query 1' }).fill('sum(rate(http_requests_total{job="api",code="200"}[5m]))');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => panel('traffic-total').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+ ops\/s$/);

    // The edit is kept in this browser: a reload shows it, and "Revert panel edits" restores the built-in panel.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => panel('traffic-total').locator('[data-testid=stat-value]').textContent(), { timeout: WORLD_MS }).toMatch(/^[\d.]+ ops\/s$/);
    await page.getByRole('button', { name: 'Revert panel edits' }).click();
    await expect.poll(() => panel('traffic-total').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+ req\/s$/);
    expect(await page.getByRole('button', { name: 'Revert panel edits' }).count()).toBe(0);
  }, WORLD_MS);

  it('inspects a panel: its data, the query and the raw Prometheus response', async () => {
    await clickPanelAction('latency-p99', 'Inspect p99 latency');
    const dialog = page.getByRole('dialog');
    await dialog.locator('table.dash-table tbody tr').first().waitFor();
    await dialog.getByRole('tab', { name: 'Raw response' }).click();
    expect(await dialog.locator('pre.dash-json').first().textContent()).toContain('"resultType": "matrix"');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  for (const name of ['ml-serving', 'node-overview', 'batch-jobs']) {
    it(`draws every ${name} panel from the world`, async () => {
      await open(name);
      await expectAllDrawn();
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    }, WORLD_MS);
  }

  it('opens a collapsed row and draws its panels', async () => {
    expect(page.url()).toMatch(/batch-jobs$/);
    await open('node-overview');
    const row = page.getByRole('button', { name: /Disk and system detail/ });
    expect(await row.getAttribute('aria-expanded')).toBe('false');
    await row.click();
    await panel('node-filesystems').waitFor();
    await settled();
    await expectAllDrawn();
  }, WORLD_MS);

  it('imports a Grafana JSON and renders it against the world, naming the panel types it cannot draw', async () => {
    await page.locator('.dash-breadcrumb a').click();
    await page.locator('a[href="/dashboards/import"]').click();
    await page.getByRole('textbox', { name: 'Grafana dashboard JSON' }).fill('{"title": "x"}');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await page.locator('.dash-error[role=alert]').textContent()).toMatch(/No "panels" array/);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.locator('[data-dashboard="node-exporter-mini"]').waitFor();
    await settled();
    await expectAllDrawn();
    expect(await page.locator('[data-testid=unsupported-panel]').textContent()).toContain('Unsupported panel type “piechart”');
    expect(await page.locator('[data-testid=text-panel] a').getAttribute('href')).toBe('https://prometheus.io/docs/guides/node-exporter/');
    await page.screenshot({ path: `${SHOTS}/import.png`, fullPage: true });
  }, WORLD_MS);

  it('maps values to text on gauges and bar gauges, and stacks a graph to 100 %', async () => {
    const grid = (x: number) => ({ x, y: 0, w: 8, h: 8 });
    const json = {
      title: 'Mappings and percent', uid: 'mappings-percent', time: { from: 'now-1h', to: 'now' },
      panels: [
        { id: 1, type: 'gauge', title: 'Nodes', gridPos: grid(0), targets: [{ expr: 'count(up{job="node"})' }],
          fieldConfig: { defaults: { min: 0, max: 20, mappings: [{ type: 'range', options: { from: 1, to: 100, result: { text: 'NODES UP', color: 'green' } } }] } } },
        { id: 2, type: 'bargauge', title: 'Up', gridPos: grid(8), targets: [{ expr: 'up{job="node"}', legendFormat: '{{instance}}' }],
          fieldConfig: { defaults: { min: 0, max: 1, mappings: [{ type: 'value', options: { '1': { text: 'UP', color: 'green' } } }] } } },
        { id: 3, type: 'timeseries', title: 'CPU share by mode', gridPos: grid(16), targets: [{ expr: 'sum by (mode) (rate(node_cpu_seconds_total[5m]))', legendFormat: '{{mode}}' }],
          fieldConfig: { defaults: { unit: 's', custom: { fillOpacity: 60, stacking: { mode: 'percent', group: 'A' } } } } },
      ],
    };
    await page.locator('.dash-breadcrumb a').click();
    await page.locator('a[href="/dashboards/import"]').click();
    await page.getByRole('textbox', { name: 'Grafana dashboard JSON' }).fill(JSON.stringify(json));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-dashboard="mappings-percent"]').waitFor();
    await settled();
    await expectAllDrawn();
    expect(await panel('1').locator('[data-testid=stat-value]').textContent()).toBe('NODES UP');
    const bars = await panel('2').locator('text.bar-gauge-value').allTextContents();
    expect(bars.length).toBeGreaterThan(1);
    expect(new Set(bars)).toEqual(new Set(['UP']));
    // Shares of each step's total: the value axis reads 0–100 % although the unit is seconds.
    const ticks = await panel('3').locator('g.axis-y .tick text').allTextContents();
    expect(ticks.every((t) => /^\d+%$/.test(t)), ticks.join(' ')).toBe(true);
    const top = Math.max(...ticks.map((t) => Number.parseInt(t, 10)));
    expect(top).toBeGreaterThanOrEqual(60);
    expect(top).toBeLessThanOrEqual(100);
    await page.screenshot({ path: `${SHOTS}/mappings-percent.png`, fullPage: true });
  }, WORLD_MS);

  it('loads nothing from other hosts and logs no errors', () => {
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
