import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { openBrowser, watchPage } from './browser';

/** Screenshots land here for a person to look at (not compared automatically). */
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/dashboards';

describe('the /dashboards page', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  const panels = () => page.locator('section.dash-panel');
  const panel = (id: string) => page.locator(`section.dash-panel[data-panel="${id}"]`);

  /** settled waits until no panel is loading any more. */
  async function settled(): Promise<void> {
    await page.waitForFunction(() => {
      const all = [...document.querySelectorAll('section.dash-panel')];
      return all.length > 0 && all.every((p) => p.getAttribute('data-state') !== 'loading');
    }, undefined, { timeout: 30_000 });
  }

  /** expectAllDrawn checks every panel is in the ok state with its drawing (SVG shapes, a number or table rows). */
  async function expectAllDrawn(): Promise<void> {
    const states = await panels().evaluateAll((els) => els.map((e) => `${e.getAttribute('data-panel')}:${e.getAttribute('data-state')}`));
    expect(states.filter((s) => !s.endsWith(':ok'))).toEqual([]);
    for (const el of await panels().all()) {
      const type = await el.getAttribute('data-type');
      const id = await el.getAttribute('data-panel');
      const selector = {
        timeseries: 'path.series-line',
        stat: '[data-testid=stat-value]',
        gauge: 'path.gauge-value',
        bargauge: 'rect.bar-gauge-bar',
        table: 'table.dash-table tbody tr',
        heatmap: 'g.heatmap-cells rect',
      }[type!]!;
      expect(await el.locator(selector).count(), `${id} (${type}) draws ${selector}`).toBeGreaterThan(0);
    }
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ctx = await openBrowser();
    page = await ctx.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    watch = watchPage(page);
    await page.goto(`${inject('baseUrl')}/dashboards`, { waitUntil: 'load' });
    await settled();
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('renders every golden-signals panel with its drawing and no error state', async () => {
    expect(await page.getByRole('tab', { name: 'Golden signals', selected: true }).count()).toBe(1);
    expect(await page.locator('.dash-row-title').allTextContents()).toEqual(['Latency', 'Traffic', 'Errors', 'Saturation']);
    expect(await panels().count()).toBe(11);
    await expectAllDrawn();
    const types = new Set(await panels().evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))));
    expect([...types].sort()).toEqual(['bargauge', 'gauge', 'heatmap', 'stat', 'table', 'timeseries']);
    await page.screenshot({ path: `${SHOTS}/golden-light.png`, fullPage: true });
  });

  it('formats values in their units and colours the error ratio by its thresholds', async () => {
    expect(await panel('traffic-total').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+ req\/s$/);
    expect(await panel('errors-ratio').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+%$/);
    expect(await panel('latency-p99').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+ (ms|s)$/);
    expect(await panel('cpu-busy').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+%$/);
    const ratio = Number(await panel('errors-ratio').locator('[data-testid=stat-value]').getAttribute('data-value'));
    const color = await panel('errors-ratio').locator('[data-testid=stat-value]').evaluate((e) => getComputedStyle(e).color);
    const want = ratio >= 0.05 ? 'rgb(242, 73, 92)' : ratio >= 0.01 ? 'rgb(255, 152, 48)' : 'rgb(86, 166, 75)';
    expect(color).toBe(want);
  });

  it('shows the PromQL on demand with the variable substituted, and the description on hover', async () => {
    await panel('traffic-total').getByRole('button', { name: 'PromQL' }).click();
    expect(await panel('traffic-total').locator('pre.dash-query').textContent()).toBe('sum(rate(http_requests_total{instance=~".*"}[5m]))');
    await panel('traffic-total').getByRole('button', { name: 'PromQL' }).click();
    await panel('traffic-total').locator('.dash-info').hover();
    await panel('traffic-total').getByRole('tooltip').waitFor();
    expect(await panel('traffic-total').getByRole('tooltip').textContent()).toMatch(/demand/);
  });

  it('re-runs the queries for the instance picked in the variable dropdown', async () => {
    const stat = panel('traffic-total').locator('[data-testid=stat-value]');
    const all = await stat.textContent();
    const options = await page.getByRole('combobox', { name: 'Instance' }).locator('option').allTextContents();
    expect(options).toEqual(['All', 'app-0:8080', 'app-1:8080', 'app-2:8080']);
    await page.getByRole('combobox', { name: 'Instance' }).selectOption('app-0:8080');
    await expect.poll(() => stat.textContent()).not.toBe(all);
    await settled();
    await expectAllDrawn();
    await panel('traffic-total').getByRole('button', { name: 'PromQL' }).click();
    expect(await panel('traffic-total').locator('pre.dash-query').textContent()).toBe('sum(rate(http_requests_total{instance=~"app-0:8080"}[5m]))');
    expect(await panel('traffic-table').locator('tbody tr').count()).toBe(await panel('traffic-table').locator('tbody tr td', { hasText: 'app-0:8080' }).count());
  });

  it('changes the time range relative to the world’s now', async () => {
    const ticks = () => panel('traffic-by-handler').locator('g.axis-x .tick text').allTextContents();
    const hour = await ticks();
    await page.getByRole('button', { name: 'Last 15m' }).click();
    await expect.poll(ticks).not.toEqual(hour);
    await settled();
    await expectAllDrawn();
  });

  it('renders the node overview dashboard', async () => {
    await page.getByRole('tab', { name: 'Node overview' }).click();
    await page.locator('[data-dashboard=node-overview]').waitFor();
    await settled();
    expect(await page.locator('.dash-row-title').allTextContents()).toEqual(['CPU', 'Memory', 'Disk', 'Network']);
    await expectAllDrawn();
    expect(await panel('node-mem-used').locator('[data-testid=stat-value]').textContent()).toMatch(/^[\d.]+ GiB$/);
    await page.screenshot({ path: `${SHOTS}/node-light.png`, fullPage: true });
  });

  it('draws in the dark theme too', async () => {
    await page.getByRole('button', { name: /Switch to dark theme/ }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: `${SHOTS}/node-dark.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Golden signals' }).click();
    await settled();
    await expectAllDrawn();
    await page.screenshot({ path: `${SHOTS}/golden-dark.png`, fullPage: true });
    await page.getByRole('button', { name: /Switch to light theme/ }).click();
  });

  it('loads nothing from other hosts and logs no errors', () => {
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
