import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, watchPage } from './browser';

describe('the home page and the site header', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    ctx = await openBrowser();
    page = await ctx.newPage();
    watch = watchPage(page);
    await page.goto(inject('baseUrl'), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('says where to start', async () => {
    for (const name of ['Learn', 'Playground', 'Dashboards', 'Status pages']) {
      await page.locator('.home-card', { hasText: name }).waitFor();
    }
  });

  it('draws a live example graph from the worker, with the query editable', async () => {
    const panel = page.locator('section.panel');
    await panel.locator('path.series-line').first().waitFor({ timeout: 90_000 });
    expect(await panel.locator('.legend-item', { hasText: 'code="200"' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: '15m', pressed: true }).count()).toBe(1);
    await panel.getByRole('tab', { name: 'Table' }).click();
    await panel.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('sum by (job) (up)');
    await page.keyboard.press('Enter');
    const row = panel.locator('table.result tr', { hasText: 'job="node"' });
    await row.waitFor();
    expect(Number(await row.locator('td.value').textContent())).toBeGreaterThan(0);
  });

  it('shows the virtual clock in the header, ticking', async () => {
    const time = page.locator('header [data-testid=virtual-time]');
    const t0 = Number(await time.getAttribute('data-now-ms'));
    await expect.poll(async () => Number(await time.getAttribute('data-now-ms')), { timeout: 10_000 }).toBeGreaterThan(t0);
  });

  it('groups Prometheus’s pages under Status and Alerting menus', async () => {
    await page.getByRole('button', { name: /^Status/ }).click();
    const status = page.getByRole('menu', { name: 'Status' });
    expect(await status.getByRole('menuitem').allTextContents()).toEqual(['Targets', 'Service discovery', 'Configuration', 'TSDB status', 'Pushgateway', 'Scrape timeline']);
    await page.keyboard.press('Escape');
    await status.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Alerting/ }).click();
    expect(await page.getByRole('menu', { name: 'Alerting' }).getByRole('menuitem').allTextContents()).toEqual(['Rules', 'Alerts', 'Alertmanager', 'Inbox']);
    // A click anywhere else closes it.
    await page.mouse.click(10, 600);
    await page.getByRole('menu', { name: 'Alerting' }).waitFor({ state: 'detached' });
  });

  it('loads nothing from other hosts and logs no errors', () => {
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
