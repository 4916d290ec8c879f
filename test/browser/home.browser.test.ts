import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, watchPage } from './browser';

describe('home page query console (engine in a Web Worker)', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    ctx = await openBrowser();
    page = await ctx.newPage();
    watch = watchPage(page);
    await page.goto(inject('baseUrl'), { waitUntil: 'load' });
    await page.getByText(/Demo data: \d+ series/).waitFor();
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('answers a PromQL query from the worker', async () => {
    const box = page.getByLabel('PromQL expression');
    await box.fill('sum by (job) (up)');
    await box.press('Enter');
    const row = page.locator('table.result tr', { hasText: 'job="api"' });
    await row.waitFor();
    expect(await row.locator('td.value').textContent()).toBe('3');
  });

  it('shows a positioned parse error and keeps the page usable', async () => {
    const box = page.getByLabel('PromQL expression');
    await box.fill('sum(rate(http_requests_total[5m])');
    await box.press('Enter');
    const alert = page.locator('.error[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('parse error: unclosed left parenthesis');
    await box.fill('count(up)');
    await box.press('Enter');
    await page.locator('table.result td.value', { hasText: '3' }).waitFor();
  });

  it('loads nothing from other hosts and logs no errors', () => {
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
