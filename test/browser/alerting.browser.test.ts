import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { openBrowser, watchPage } from './browser';

/** Screenshots land here for a person to look at (not compared automatically). */
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/alerting';

/**
 * The seed scenario in the browser: "if an instance does not respond for 5
 * minutes, send the administrator a Slack DM and an e-mail". The tests run
 * in order on one page and move between the alerting pages by their links,
 * so the tab keeps its one simulated world throughout.
 */
describe('alerting: instance down → pending → firing → Slack DM and e-mail → resolved → silence', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  const INSTANCE = 'node-3:9100';
  const rule = () => page.locator('li.al-alert-rule[data-rule="InstanceDown"]');

  /** advance clicks "Advance 1m/5m" and waits until the virtual clock has moved at least that far. */
  async function advance(by: '1m' | '5m'): Promise<void> {
    const readNow = () => page.getByTestId('virtual-now').evaluate((e) => Date.parse(`${e.textContent!.replace(' ', 'T')}Z`));
    const target = (await readNow()) + (by === '1m' ? 60_000 : 300_000);
    await page.getByRole('button', { name: `Advance ${by}` }).click();
    await page.waitForFunction((t) => {
      const text = document.querySelector('[data-testid=virtual-now]')?.textContent ?? '';
      return Date.parse(`${text.replace(' ', 'T')}Z`) >= t;
    }, target, { timeout: 30_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=sim-controls] button')].every((b) => !(b as HTMLButtonElement).disabled), undefined, { timeout: 30_000 });
  }

  async function goTo(section: 'Rules' | 'Alerts' | 'Alertmanager' | 'Inbox'): Promise<void> {
    await page.getByRole('navigation', { name: 'Alerting' }).getByRole('link', { name: section, exact: true }).click();
    await page.waitForURL(new RegExp(`/${section.toLowerCase()}/?(\\?|#|$)`));
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ctx = await openBrowser();
    page = await ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    watch = watchPage(page);
    await page.goto(`${inject('baseUrl')}/alerts`, { waitUntil: 'load' });
    await rule().waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('lists the seed rule (InstanceDown: up == 0 for 5m, critical) as inactive on a quiet world', async () => {
    expect(await rule().getAttribute('data-state')).toBe('inactive');
    expect(Number(await page.getByTestId('count-firing').getAttribute('data-count'))).toBe(0);
    await rule().getByRole('button').first().click();
    expect(await rule().locator('.al-def').textContent()).toMatch(/alert:InstanceDown.*expr:up == 0.*for:5m.*severity: ?critical/s);
  });

  it('goes pending once node-3 stops answering, and firing after 5 minutes', async () => {
    await page.getByRole('button', { name: 'Simulate: take an instance down' }).click();
    await page.getByRole('button', { name: 'Bring node-3 back up' }).waitFor();
    await advance('1m');
    await page.waitForSelector('li.al-alert-rule[data-rule="InstanceDown"][data-state="pending"]', { timeout: 15_000 });
    expect(await rule().getByTestId('active-alert').first().textContent()).toContain(INSTANCE);
    expect(Number(await page.getByTestId('count-pending').getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/alerts-pending.png`, fullPage: true });

    await advance('5m');
    await page.waitForSelector('li.al-alert-rule[data-rule="InstanceDown"][data-state="firing"]', { timeout: 15_000 });
    const row = rule().locator('[data-testid=active-alert][data-state=firing]');
    expect(await row.textContent()).toContain(`instance="${INSTANCE}"`);
    expect(await row.textContent()).toContain(`Instance ${INSTANCE} down`);
    await page.screenshot({ path: `${SHOTS}/alerts-firing.png`, fullPage: true });
  });

  it('pre-fills the silence form from the alert ("Silence") and shows the alert group routed to admin', async () => {
    await rule().locator('[data-testid=active-alert][data-state=firing]').getByRole('link', { name: 'Silence' }).click();
    await page.waitForURL(/\/alertmanager/);
    await page.getByTestId('silence-form').waitFor();
    const values = await page.getByTestId('matcher-row').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value).join('=')));
    expect(values).toEqual(expect.arrayContaining(['alertname=InstanceDown', `instance=${INSTANCE}`, 'job=node', 'severity=critical']));
    const group = page.getByTestId('alert-group').filter({ hasText: 'InstanceDown' });
    await group.waitFor({ timeout: 15_000 });
    expect(await group.textContent()).toContain('admin');
    expect(await group.textContent()).toContain(INSTANCE);
  });

  it('after group_wait delivers a Slack DM to @admin and an e-mail naming the instance', async () => {
    await advance('1m');
    await goTo('Inbox');
    const dm = page.locator('[data-testid=slack-conversation][data-name="@admin"]');
    await dm.waitFor({ timeout: 15_000 });
    const firing = dm.locator('[data-testid=slack-message][data-status=firing]');
    expect(await firing.count()).toBe(1);
    expect(await firing.textContent()).toContain('[FIRING:1] InstanceDown');
    expect(await firing.textContent()).toContain(INSTANCE);
    expect(await firing.locator('.al-slack-attachment').getAttribute('data-color')).toBe('danger');
    // Critical alerts go to the admin only, not the team channel.
    expect(await page.locator('[data-testid=slack-conv][data-name="#alerts"]').count()).toBe(0);
    expect(await page.getByTestId('unread-email').textContent()).toBe('1');
    await page.screenshot({ path: `${SHOTS}/inbox-slack-firing.png`, fullPage: true });

    await page.getByTestId('tab-email').click();
    await page.getByTestId('email-item').first().click();
    expect(await page.getByTestId('email-subject').textContent()).toMatch(/^\[FIRING:1\] InstanceDown/);
    expect(await page.getByTestId('email-open').textContent()).toContain('admin@example.org');
    expect(await page.getByTestId('email-body').textContent()).toContain(`instance = ${INSTANCE}`);
    expect(await page.getByTestId('unread-email').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/inbox-email.png`, fullPage: true });
  });

  it('explains why the notification arrived then: pending → firing → group_wait → send', async () => {
    await page.getByTestId('email-open').getByTestId('why-now').click();
    const chain = page.getByTestId('chain');
    await chain.waitFor();
    const kinds = await chain.locator('li.al-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.slice(0, 3)).toEqual(['pending', 'firing', 'to-alertmanager']);
    expect(kinds).toContain('group-wait-elapsed');
    expect(kinds.at(-1)).toBe('send');
    expect(await chain.getByTestId('step-gap').allTextContents()).toEqual(expect.arrayContaining(['+5m', '+30s']));
    await page.getByTestId('notification-timeline').screenshot({ path: `${SHOTS}/timeline.png` });
  });

  it('sends [RESOLVED] to both once the instance is back', async () => {
    await page.getByRole('button', { name: 'Bring node-3 back up' }).click();
    await page.getByRole('button', { name: 'Simulate: take an instance down' }).waitFor();
    await advance('5m');
    await advance('1m');
    await page.getByTestId('tab-slack').click();
    const dm = page.locator('[data-testid=slack-conversation][data-name="@admin"]');
    await dm.locator('[data-testid=slack-message][data-status=resolved]').waitFor({ timeout: 15_000 });
    expect(await dm.locator('[data-testid=slack-message][data-status=resolved] .al-slack-attachment').getAttribute('data-color')).toBe('good');
    await page.getByTestId('tab-email').click();
    expect(await page.getByTestId('email-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['resolved', 'firing']);
    await page.getByTestId('email-item').first().click();
    expect(await page.getByTestId('email-subject').textContent()).toMatch(/^\[RESOLVED\] InstanceDown/);
    await page.screenshot({ path: `${SHOTS}/inbox-resolved.png`, fullPage: true });
  });

  it('creates a silence through the form, lists it, shows Alertmanager’s validation errors and expires it', async () => {
    await goTo('Alertmanager');
    const form = page.getByTestId('silence-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Reset' }).click();
    await form.getByLabel('Matcher 1 label name').fill('job');
    await form.getByLabel('Matcher 1 operator').selectOption('=~');
    await form.getByLabel('Matcher 1 value').fill('.*');
    await form.getByRole('button', { name: 'Create silence' }).click();
    expect(await page.getByTestId('silence-errors').textContent()).toContain('creator: required');
    await form.getByPlaceholder('your name').fill('ada');
    await form.getByPlaceholder('why, and until when').fill('node-3 maintenance');
    await form.getByRole('button', { name: 'Create silence' }).click();
    await page.getByTestId('silence-errors').filter({ hasText: 'at least one matcher must not match the empty string' }).waitFor();

    await form.getByLabel('Matcher 1 label name').fill('instance');
    await form.getByLabel('Matcher 1 operator').selectOption('=');
    await form.getByLabel('Matcher 1 value').fill(INSTANCE);
    await form.getByRole('button', { name: 'Create silence' }).click();
    await page.getByTestId('silence-created').waitFor();
    const listed = page.locator('[data-testid=silence][data-state=active]').filter({ hasText: `instance="${INSTANCE}"` });
    await listed.waitFor();
    expect(await listed.textContent()).toContain('node-3 maintenance');
    await page.screenshot({ path: `${SHOTS}/alertmanager-silence.png`, fullPage: true });

    await listed.getByRole('button', { name: 'Expire' }).click();
    await page.locator('[data-testid=silence][data-state=expired]').filter({ hasText: `instance="${INSTANCE}"` }).waitFor();
  });

  it('shows every rule with health and a readable definition on the Rules page', async () => {
    await goTo('Rules');
    await page.locator('li.al-rule[data-rule="job:http_requests:rate5m"]').waitFor();
    expect(await page.locator('li.al-rule .al-health-ok').count()).toBe(await page.locator('li.al-rule').count());
    expect(await page.locator('li.al-rule[data-rule="InstanceDown"] .al-promql').textContent()).toBe('up == 0');
    await page.screenshot({ path: `${SHOTS}/rules.png`, fullPage: true });
  });

  it('logged no console errors and made no request off the machine', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
  });
});
