import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, watchPage } from './browser';
import { firstLoadJs } from './measure';

/** firstLessonWith finds the first lesson (in course order) whose lesson.ts has an exercise of `kind`. */
function firstLessonWith(kind: 'query' | 'config'): string {
  const root = join(__dirname, '..', '..', 'content');
  const dirs = (d: string) => readdirSync(d).filter((n) => /^\d{2}-/.test(n) && statSync(join(d, n)).isDirectory()).sort();
  for (const t of dirs(root)) {
    for (const l of dirs(join(root, t))) {
      const text = readFileSync(join(root, t, l, 'lesson.ts'), 'utf8');
      if (text.includes(`kind: '${kind}'`)) return `${t}/${l}`;
    }
  }
  throw new Error(`no lesson with a ${kind} exercise`);
}

const figures: Record<string, string> = {};
/** A check builds the lesson's world and two hidden variants in the worker: slow on a busy machine. */
const CHECK_TEST_MS = 300_000;

describe('the learn pages', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  const base = () => inject('baseUrl');
  const exercise = (kind: 'Query' | 'Config') => page.locator('section.exercise', { hasText: `${kind} exercise` }).first();

  beforeAll(async () => {
    ctx = await openBrowser();
    page = await ctx.newPage();
    watch = watchPage(page);
  });

  afterAll(async () => {
    console.log('measured figures:', figures);
    await ctx?.close();
  });

  it('lists the course with tracks, lessons and minutes', async () => {
    await page.goto(`${base()}/learn`, { waitUntil: 'load' });
    expect(await page.locator('.curriculum-track').count()).toBeGreaterThan(1);
    expect(await page.locator('.curriculum-lessons li').count()).toBeGreaterThan(4);
    expect(await page.locator('.curriculum-progress').textContent()).toMatch(/0 of \d+ lessons done/);
  });

  it('passes a query exercise: a wrong answer gets a reason, the solution passes, and it stays passed after a reload', async () => {
    const id = firstLessonWith('query');
    await page.goto(`${base()}/learn/${id}`, { waitUntil: 'load' });
    const js = await firstLoadJs(base(), `/learn/${id}`);
    figures.lessonFirstLoadJs = `${(js.raw / 1024).toFixed(0)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip, ${js.files.length} files`;
    expect(js.gzip).toBeLessThan(250 * 1024);
    const ex = exercise('Query');
    await ex.locator('.cm-content').waitFor({ timeout: 90_000 });
    await ex.locator('.cm-content').click();
    await page.keyboard.insertText('up');
    await ex.getByRole('button', { name: 'Check' }).click();
    await ex.locator('.exercise-verdict.wrong').waitFor({ timeout: 180_000 });
    expect(await ex.locator('.exercise-verdict').textContent()).toMatch(/Not yet: .+/);

    await ex.getByRole('button', { name: 'Show the solution' }).click();
    await ex.getByRole('button', { name: 'Put it in the editor' }).click();
    await ex.getByRole('button', { name: 'Check' }).click();
    await ex.locator('.exercise-verdict.ok').waitFor({ timeout: 180_000 });
    expect(await ex.getAttribute('data-passed')).toBe('true');

    await page.reload({ waitUntil: 'load' });
    await exercise('Query').locator('.exercise-passed').waitFor();
    expect(await page.locator('.lesson-sidebar li.current').getAttribute('data-status')).toMatch(/started|done/);
  }, CHECK_TEST_MS);

  it('passes a config exercise and keeps it passed after a reload', async () => {
    const id = firstLessonWith('config');
    await page.goto(`${base()}/learn/${id}`, { waitUntil: 'load' });
    const ex = exercise('Config');
    await ex.locator('.monaco-editor').waitFor({ timeout: 90_000 });
    await ex.getByRole('button', { name: 'Check' }).click();
    await ex.locator('.exercise-verdict.wrong').waitFor({ timeout: 180_000 });

    await ex.getByRole('button', { name: 'Show the solution' }).click();
    await ex.getByRole('button', { name: 'Put it in the editor' }).click();
    await ex.getByRole('button', { name: 'Check' }).click();
    await ex.locator('.exercise-verdict.ok').waitFor({ timeout: 180_000 });

    await page.reload({ waitUntil: 'load' });
    await exercise('Config').locator('.exercise-passed').waitFor();
  }, CHECK_TEST_MS);

  it("builds a lesson's world once in a fresh tab, and its playground link opens that world", async () => {
    const id = '06-dashboards-and-golden-signals/04-errors';
    const fresh = await ctx.newPage();
    // Remember whether the page ever said it was replacing the world (it does so only on a reset).
    await fresh.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('.lesson-world-note')) (window as { sawReset?: boolean }).sawReset = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await fresh.goto(`${base()}/learn/${id}`, { waitUntil: 'load' });
    await fresh.locator('header [data-testid=virtual-time]').waitFor({ timeout: 120_000 });
    expect(await fresh.evaluate(() => (window as { sawReset?: boolean }).sawReset ?? false)).toBe(false);
    // The lesson's world: seed 2, 40 minutes of history with an error burst under way.
    const now = Number(await fresh.locator('header [data-testid=virtual-time]').getAttribute('data-now-ms'));
    expect(now - Date.UTC(2026, 0, 5, 6)).toBeGreaterThanOrEqual(40 * 60_000);
    expect(now - Date.UTC(2026, 0, 5, 6)).toBeLessThan(45 * 60_000);

    const link = fresh.getByRole('link', { name: /Open this in the playground/ });
    expect(new URL(await link.getAttribute('href') ?? '', base()).searchParams.get('lesson')).toBe(id);
    await link.click();
    await expect.poll(async () => fresh.getByTestId('world-info').textContent().catch(() => ''), { timeout: 120_000 }).toContain('World seed 2');
    await fresh.locator('.world-bar summary', { hasText: 'Incidents' }).click();
    await fresh.locator('.incident-row', { hasText: 'Error burst' }).waitFor();
    await fresh.close();
  }, CHECK_TEST_MS);

  it('shows the progress on the course page', async () => {
    await page.goto(`${base()}/learn`, { waitUntil: 'load' });
    await page.locator('.curriculum-lessons li[data-status=done], .curriculum-lessons li[data-status=started]').first().waitFor();
    expect(watch.external).toEqual([]);
    expect(watch.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
