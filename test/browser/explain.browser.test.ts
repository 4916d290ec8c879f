import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, watchPage } from './browser';

const RATE_BY_CODE = 'sum by (code) (rate(http_requests_total[5m]))';

/**
 * The Explain view renders the engine's evaluation trace; teaching lints
 * warn in the editor. Exercised on /playground (its Explain tab) and on
 * /explain (the page built around the view).
 */
describe('explaining a query', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  const node = (kind: string) => page.locator(`.explain-node[data-kind="${kind}"]`);
  const editor = () => page.locator('.promql-editor .cm-content').first();

  beforeAll(async () => {
    ctx = await openBrowser();
    page = await ctx.newPage();
    watch = watchPage(page);
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it("shows the playground query's tree in the Explain tab: the aggregation, the rate call and the selector", async () => {
    await page.goto(`${inject('baseUrl')}/playground`, { waitUntil: 'load' });
    await editor().waitFor({ timeout: 90_000 });
    await editor().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(RATE_BY_CODE);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Execute' }).first().click();
    await page.getByRole('tab', { name: 'Explain' }).first().click();
    await node('AggregateExpr').waitFor({ timeout: 90_000 });
    expect(await node('AggregateExpr').locator('.explain-node-text').textContent()).toBe(RATE_BY_CODE);
    expect(await node('Call').locator('.explain-node-text').textContent()).toBe('rate(http_requests_total[5m])');
    expect(await node('MatrixSelector').locator('.explain-node-text').textContent()).toBe('http_requests_total[5m]');
    // The root is selected first: its groups are the codes.
    const detail = page.getByRole('region', { name: 'Node detail' });
    await detail.getByRole('heading', { name: 'Groups' }).waitFor();
    expect(await detail.locator('.explain-groups li').allTextContents()).toEqual(expect.arrayContaining(['{code="200"}', '{code="500"}']));
  });

  it('walks through rate extrapolation when the rate node is clicked', async () => {
    await node('Call').click();
    const arithmetic = page.getByTestId('extrapolation');
    await arithmetic.waitFor();
    const text = await arithmetic.textContent();
    expect(text).toMatch(/How rate\(\) was computed/);
    expect(text).toMatch(/First sample/);
    expect(text).toMatch(/Extrapolation factor/);
    expect(text).toMatch(/\/ 5m/);
    // The result is the value the node produced for that series (one of its example results).
    const result = await page.getByTestId('extrapolation-result').textContent();
    expect(Number(result)).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/explain-rate.png', fullPage: true });
  });

  it('lists the raw samples of the selector window', async () => {
    await node('MatrixSelector').click();
    const detail = page.getByRole('region', { name: 'Node detail' });
    await detail.getByRole('heading', { name: /Samples in each series' 300s window/ }).waitFor();
    expect(await detail.locator('.explain-window').count()).toBeGreaterThan(1);
    expect(await detail.locator('.explain-window').first().locator('tbody tr').count()).toBeGreaterThan(10);
  });

  it('offers one-click fixes for a matching error on /explain and explains the fixed query', async () => {
    const query = 'http_requests_total / on(job) up';
    await page.goto(`${inject('baseUrl')}/explain?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.getByText(/found duplicate series for the match group/).waitFor({ timeout: 90_000 });
    const fixes = page.locator('.explain-fixes li');
    expect(await fixes.count()).toBeGreaterThan(1);
    await fixes.filter({ hasText: 'Aggregate the right side' }).getByRole('button').click();
    await node('BinaryExpr').waitFor();
    expect(await page.locator('#explain-query').inputValue()).toBe('http_requests_total / on (job) group_left () max by (job) (up)');
    await node('BinaryExpr').click();
    await page.getByRole('heading', { name: 'Vector matching' }).waitFor();
    await page.screenshot({ path: '/tmp/explain-fixed.png', fullPage: true });
  });

  it('warns in the playground editor when rate() is used on a gauge', async () => {
    await page.goto(`${inject('baseUrl')}/playground`, { waitUntil: 'load' });
    await editor().waitFor({ timeout: 90_000 });
    await editor().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('rate(node_memory_MemAvailable_bytes[5m])');
    const warning = page.locator('.promql-editor .cm-lintRange-warning').first();
    await warning.waitFor({ timeout: 30_000 });
    await warning.hover();
    const tip = page.locator('.cm-tooltip-lint');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/node_memory_MemAvailable_bytes is a gauge.*deriv\(\)/);
    await page.screenshot({ path: '/tmp/explain-lint.png' });
    expect(watch.errors).toEqual([]);
  });
});
