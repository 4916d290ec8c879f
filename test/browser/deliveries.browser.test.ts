import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, watchPage } from './browser';

/** A check builds the lesson's world and two hidden variants, twice, in the worker: slow on a busy machine. */
const CHECK_TEST_MS = 300_000;
const LESSON = '05-alerting/04-service-down-exercise';

/**
 * The routing exercise of the "service down" lesson, as a learner does it:
 * the starter sends everything to #alerts, the check says the admin's DM
 * never arrived and shows the inboxes side by side; the solution passes.
 */
describe('a routing exercise checked by what reached the inboxes', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    ctx = await openBrowser();
    page = await ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    watch = watchPage(page);
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('explains a missing Slack DM, then passes the solution', async () => {
    await page.goto(`${inject('baseUrl')}/learn/${LESSON}`, { waitUntil: 'load' });
    const ex = page.locator('section[data-exercise="service-a-route"]');
    await ex.locator('.monaco-editor').waitFor({ timeout: 90_000 });
    await ex.getByRole('button', { name: 'Check' }).click();
    await ex.locator('.exercise-verdict.wrong').waitFor({ timeout: 240_000 });
    expect(await ex.locator('.exercise-verdict-message').textContent()).toContain('no Slack DM reached @admin — does a route match alertname="ServiceADown"?');
    const rows = ex.locator('.delivery-table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await ex.locator('.delivery-table tr.differs').count()).toBeGreaterThan(0);
    expect(await ex.locator('.delivery-table tr', { hasText: '@admin' }).locator('td').nth(1).textContent()).toBe('nothing');
    await ex.screenshot({ path: process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/deliveries-wrong.png` : undefined });

    await ex.getByRole('button', { name: 'Show the solution' }).click();
    await ex.getByRole('button', { name: 'Put it in the editor' }).click();
    await ex.getByRole('button', { name: 'Check' }).click();
    await ex.locator('.exercise-verdict.ok').waitFor({ timeout: 240_000 });
    expect(await ex.locator('.delivery-table tr.differs').count()).toBe(0);
    expect(await ex.getAttribute('data-passed')).toBe('true');
    await ex.screenshot({ path: process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/deliveries-ok.png` : undefined });
    expect(watch.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, CHECK_TEST_MS);
});
