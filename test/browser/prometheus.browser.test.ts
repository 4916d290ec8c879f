import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { openBrowser, watchPage } from './browser';

/** Screenshots land here for a person to look at (not compared automatically). */
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/prometheus';
/** Each full page load starts a new worker that simulates an hour of history first: slow on a busy machine. */
const WORLD_MS = 180_000;
/** Per test: a world build plus the steps. */
const TEST_MS = 300_000;

describe('Prometheus’s pages', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;

  async function open(path: string, ready: string): Promise<void> {
    await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ timeout: WORLD_MS });
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ctx = await openBrowser();
    page = await ctx.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    watch = watchPage(page);
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('lists at least 20 targets by pool with their health, and shows what a target returns', async () => {
    await open('/targets', '[data-testid=targets-view]');
    const rows = page.locator('[data-testid=target-row]');
    expect(await rows.count()).toBeGreaterThanOrEqual(20);
    const healths = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-health')));
    expect(healths.every((h) => h === 'up' || h === 'down' || h === 'unknown')).toBe(true);
    expect(healths.filter((h) => h === 'up').length).toBeGreaterThanOrEqual(20);
    expect(await page.locator('[data-testid=target-pool]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pool')))).toEqual(expect.arrayContaining(['api', 'ml', 'node', 'pushgateway']));

    const node1 = page.locator('[data-testid=target-row][data-instance="node-1:9100"]');
    await node1.getByRole('button', { name: 'Show response' }).click();
    const expo = page.locator('[data-testid=exposition][data-target="node-1:9100"]');
    await expo.locator('.expo-text').waitFor({ timeout: 30_000 });
    const text = await expo.locator('.expo-text').textContent();
    expect(text).toContain('# HELP node_load1');
    expect(await expo.locator('.expo-line.expo-sample', { hasText: /^\d+node_load1 / }).count()).toBe(1);
    expect(await expo.locator('.expo-help').count()).toBeGreaterThan(10);
    await page.screenshot({ path: `${SHOTS}/targets.png` });

    // The health filter hides healthy targets.
    await page.getByRole('button', { name: 'Down', exact: true }).click();
    expect(await rows.count()).toBe(healths.filter((h) => h === 'down').length);
    await page.getByRole('button', { name: 'Down', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Filter by endpoint or labels' }).fill('node-3:9100');
    expect(await rows.count()).toBe(1);
  }, TEST_MS);

  it('rejects an invalid prometheus.yml with its line, keeps the running config, then applies a valid one live', async () => {
    await open('/config', '[data-testid=running-config]');
    expect(await page.locator('pre.config-yaml').textContent()).toContain('job_name: node');
    await page.getByRole('button', { name: 'Edit configuration' }).click();
    const editor = page.locator('[data-testid=config-editor][data-file="prometheus.yml"]');
    await editor.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
    await editor.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    // One line in YAML flow style: Monaco re-indents typed multi-line text.
    await page.keyboard.insertText('  - {job_name: broken-job, static_configs: [{targets: [node-1:9100]}], bogus_field: 1}');
    await editor.locator('[data-testid=unsaved]').waitFor();
    await editor.getByRole('button', { name: 'Validate & apply' }).click();
    const err = editor.locator('[data-testid=config-error]');
    await err.waitFor({ timeout: 30_000 });
    expect(await err.textContent()).toMatch(/running configuration is unchanged[\s\S]*bogus_field[\s\S]*line \d+, column \d+/);
    await editor.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${SHOTS}/config-error.png` });

    await editor.getByRole('button', { name: 'Reset to running' }).click();
    await editor.locator('[data-testid=unsaved]').waitFor({ state: 'detached' });
    await editor.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('  - {job_name: playground-extra, static_configs: [{targets: [node-1:9100, node-2:9100]}]}');
    await editor.getByRole('button', { name: 'Validate & apply' }).click();
    await editor.locator('[data-testid=config-applied]').waitFor({ timeout: 30_000 });
    expect(await editor.locator('[data-testid=unsaved]').count()).toBe(0);

    // Client-side navigation keeps the worker, so the targets page shows the new job and not the rejected one.
    await editor.getByRole('link', { name: 'See the targets' }).click();
    await page.locator('[data-testid=target-pool][data-pool="playground-extra"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=target-pool][data-pool="playground-extra"] [data-testid=target-row]').count()).toBe(2);
    expect(await page.locator('[data-testid=target-pool][data-pool="broken-job"]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/targets-after-reload.png` });
  }, TEST_MS);

  it('pushes to the Pushgateway from the form, shows the group, and reports a rejected push with its error', async () => {
    await open('/pushgateway', '[data-testid=push-groups]');
    const form = page.locator('[data-testid=push-form]');
    await form.getByRole('textbox', { name: 'Job' }).fill('browser_test');
    await form.getByRole('textbox', { name: 'Label 1 value' }).fill('ci');
    expect(await form.locator('[data-testid=push-curl]').textContent()).toBe('curl -X PUT --data-binary @- http://pushgateway:9091/metrics/job/browser_test/instance/ci');
    await form.getByRole('button', { name: 'Send PUT' }).click();
    await form.locator('[data-testid=push-result][data-status="200"]').waitFor({ timeout: 30_000 });
    const group = page.locator('[data-testid=push-group]', { hasText: 'browser_test' });
    await group.waitFor({ timeout: 30_000 });
    expect(await group.textContent()).toMatch(/pushed (just now|\d+s ago)/);
    await group.locator('.pool-header').click();
    expect(await group.locator('td', { hasText: 'backup_files_copied' }).count()).toBe(1);

    // A body that does not parse is rejected with the Pushgateway's text; nothing about the group changes.
    const body = form.getByRole('textbox', { name: 'Body (text exposition format)' });
    await body.fill('backup_files_copied oops\n');
    await form.getByRole('button', { name: 'Send PUT' }).click();
    const rejected = form.locator('[data-testid=push-result][data-status="400"]');
    await rejected.waitFor({ timeout: 30_000 });
    expect(await rejected.textContent()).toContain('text format parsing error in line 1: expected float as value, got "oops"');
    expect(await group.textContent()).not.toContain('last push failed');

    // Samples with timestamps parse but are refused: recorded as the group's last failure, its metrics kept.
    await body.fill('backup_files_copied 5 1700000000000\n');
    await form.getByRole('button', { name: 'Send PUT' }).click();
    await expect.poll(() => rejected.textContent(), { timeout: 30_000 }).toContain('pushed metrics must not have timestamps');
    await expect.poll(() => group.textContent(), { timeout: 30_000 }).toContain('last push failed');
    expect(await group.locator('td', { hasText: '4211' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/pushgateway.png`, fullPage: true });
  }, TEST_MS);

  it('renders service discovery, TSDB status and the timeline', async () => {
    await open('/service-discovery', '[data-testid=sd-pool]');
    const api = page.locator('[data-testid=sd-pool][data-pool="api"]');
    await api.getByRole('button', { name: 'Show relabeling steps' }).first().click();
    expect(await api.locator('[data-testid=relabel-steps] li.relabel-step').count()).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: `${SHOTS}/service-discovery.png` });

    await open('/tsdb-status', '[data-testid=tsdb-view]');
    expect(Number((await page.locator('[data-testid=head-series]').textContent())!.replace(/,/g, ''))).toBeGreaterThan(1000);
    await page.screenshot({ path: `${SHOTS}/tsdb.png`, fullPage: true });

    await open('/timeline', '[data-testid=timeline-counts]');
    // A scrape tick is a zero-width path, which Playwright calls hidden: wait for it to exist.
    await page.locator('.scrape-timeline path.mark-scrape').first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('.scrape-timeline g.lane').count()).toBeGreaterThanOrEqual(21);
    expect(await page.locator('.scrape-timeline g.lane-push').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/timeline.png`, fullPage: true });
  }, TEST_MS);

  it('loads nothing from other hosts and logs no errors', () => {
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
