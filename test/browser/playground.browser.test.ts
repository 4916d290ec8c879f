import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, watchPage } from './browser';
import { firstLoadJs, median } from './measure';

const RATE_BY_CODE = 'sum by (code) (rate(http_requests_total[5m]))';

/** Figures the report needs; printed at the end. */
const figures: Record<string, string> = {};

describe('the /playground page', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  const editor = (i: number) => page.locator('.promql-editor .cm-content').nth(i);
  const panel = (i: number) => page.locator('section.panel').nth(i);
  /** docText is panel i's expression: its editor lines without the placeholder. */
  const docText = (i: number) => editor(i).evaluate((el) =>
    [...el.querySelectorAll('.cm-line')].map((line) => {
      const copy = line.cloneNode(true) as Element;
      copy.querySelectorAll('.cm-placeholder').forEach((p) => p.remove());
      return copy.textContent ?? '';
    }).join('\n'));

  /**
   * typeInto replaces panel i's expression: typed key by key (brackets close
   * themselves, typed closers are skipped over, as for a person), or pasted
   * in one go with `paste`.
   */
  async function typeInto(i: number, text: string, how: 'type' | 'paste' = 'type'): Promise<void> {
    await editor(i).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    if (how === 'paste') await page.keyboard.insertText(text);
    else await page.keyboard.type(text);
    await page.keyboard.press('Escape');
  }

  beforeAll(async () => {
    ctx = await openBrowser();
    page = await ctx.newPage();
    watch = watchPage(page);
    await page.goto(`${inject('baseUrl')}/playground`, { waitUntil: 'load' });
    await page.locator('path.series-line').first().waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    console.log('measured figures:', figures);
    await ctx?.close();
  });

  it('opens with the example query graphed: one SVG path per series', async () => {
    expect(await docText(0)).toBe(RATE_BY_CODE);
    const paths = panel(0).locator('path.series-line');
    expect(await paths.count()).toBe(3);
    for (const d of await paths.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))) expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(await panel(0).locator('.legend-item').allTextContents()).toEqual(['{code="200"}', '{code="404"}', '{code="500"}']);
  });

  it('draws the graph within moments of Enter (range query over 1h in the worker)', async () => {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.evaluate(() => performance.clearMeasures('pp:enter-to-graph'));
      await editor(0).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await panel(0).getByText(/drawn \d+ ms after Enter/).waitFor();
      times.push(await page.evaluate(() => performance.getEntriesByName('pp:enter-to-graph').at(-1)!.duration));
    }
    figures.enterToGraphMs = `runs ${times.map((t) => t.toFixed(0)).join(', ')}; median ${median(times).toFixed(0)}`;
    expect(median(times)).toBeLessThan(1000);
  });

  it('hides a series from the legend and shows a tooltip with its labels on hover', async () => {
    await panel(0).locator('.legend-item', { hasText: 'code="404"' }).click();
    expect(await panel(0).locator('path.series-line').count()).toBe(2);
    await panel(0).locator('.legend-item', { hasText: 'code="404"' }).click();
    expect(await panel(0).locator('path.series-line').count()).toBe(3);
    const box = (await panel(0).locator('.graph-chart svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    const tip = panel(0).locator('.chart-tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/code: 200/);
  });

  it('completes metric names from the worker and accepts the choice', async () => {
    await page.getByRole('button', { name: '+ Add panel' }).click();
    await editor(1).click();
    await page.keyboard.type('http_req');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: /^http_requests_total/ });
    await option.waitFor();
    const labels = await page.locator('.cm-tooltip-autocomplete li .cm-completionLabel').allTextContents();
    expect(labels).toContain('http_requests_total');
    // Enter accepts the highlighted completion instead of running the query.
    await page.keyboard.type('s_t');
    await page.locator('.cm-tooltip-autocomplete li[aria-selected=true]', { hasText: /^http_requests_total/ }).waitFor();
    await page.keyboard.press('Enter');
    expect(await docText(1)).toBe('http_requests_total');
    expect(await panel(1).locator('[data-testid=run-status]').count()).toBe(0);
  });

  it('completes label values for the metric being typed', async () => {
    await page.keyboard.type('{code="');
    await page.keyboard.press('Control+Space');
    const values = page.locator('.cm-tooltip-autocomplete li .cm-completionLabel');
    // The label-name list (`code`) may still be up for a moment before the values replace it.
    await expect.poll(() => values.allTextContents()).toEqual(['200', '404', '500']);
    await page.keyboard.press('Escape');
  });

  it('runs a finished expression on Enter even while the completion list offers operators', async () => {
    await editor(1).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('sum(up)');
    await page.locator('.cm-tooltip-autocomplete').waitFor();
    await page.keyboard.press('Enter');
    await panel(1).getByText(/Evaluated in .* · 1 series/).waitFor();
    expect(await docText(1)).toBe('sum(up)');
  });

  it('shows a parse error at its position, in the editor and under the query', async () => {
    await typeInto(1, 'sum(rate(http_requests_total[5m] by (code)');
    expect(await docText(1)).toBe('sum(rate(http_requests_total[5m] by (code)))');
    await page.keyboard.press('Enter');
    const alert = panel(1).locator('.error[role=alert]');
    await alert.waitFor();
    expect(await alert.locator('div').first().textContent()).toBe('1:34: parse error: unexpected <by> in aggregation');
    const marker = alert.locator('.error-marker');
    expect(await marker.getAttribute('data-start')).toBe('33');
    expect(await marker.locator('.caret').textContent()).toBe(`${' '.repeat(33)}^~`);
    const lint = panel(1).locator('.cm-lintRange-error');
    await lint.waitFor();
    expect(await lint.textContent()).toBe('by');
  });

  it('pretty-prints with Format', async () => {
    await typeInto(1, 'sum by(code)(rate(http_requests_total{job="api",handler="/api/users"}[5m])) / ignoring(code) group_left sum by(handler)(rate(http_requests_total[5m]))', 'paste');
    await panel(1).getByRole('button', { name: 'Format' }).click();
    await panel(1).locator('.cm-line').nth(2).waitFor();
    expect(await panel(1).locator('.cm-line').allTextContents()).toEqual([
      '  sum by (code) (rate(http_requests_total{handler="/api/users",job="api"}[5m]))',
      '/ ignoring (code) group_left ()',
      '  sum by (handler) (rate(http_requests_total[5m]))',
    ]);
  });

  it('stops a runaway query while the page keeps responding', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; maxGap: number };
      w.longest = 0;
      w.maxGap = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await typeInto(1, 'count_over_time({__name__=~".+"}[1y:1s])');
    await page.keyboard.press('Enter');

    // The page keeps reacting while the worker deals with the query.
    const t0 = Date.now();
    await page.getByRole('button', { name: '+ Add panel' }).click();
    await panel(2).waitFor();
    await panel(0).getByRole('button', { name: '15m' }).click();
    await panel(0).getByRole('button', { name: '15m', pressed: true }).waitFor();
    const reactMs = Date.now() - t0;
    expect(reactMs).toBeLessThan(2000);

    // 31.5M subquery steps can never fit the tab's sample limit: the engine stops it with Prometheus's error.
    const t1 = Date.now();
    await panel(1).locator('.error[role=alert]', { hasText: 'query processing would load too many samples into memory in query execution' }).waitFor({ timeout: 30_000 });
    const cancelMs = Date.now() - t1;
    const { longest, maxGap } = await page.evaluate(() => {
      const w = window as unknown as { longest: number; maxGap: number };
      return { longest: w.longest, maxGap: w.maxGap };
    });
    figures.runaway = `page reacted in ${reactMs} ms; stopped in ${cancelMs} ms; longest main-thread task ${longest === 0 ? '< 50 (no long task)' : longest.toFixed(0)} ms; longest frame gap ${maxGap.toFixed(0)} ms`;
    // Evaluating on the main thread would block for seconds; mounting a panel's editor is the longest task here.
    expect(longest).toBeLessThan(500);
  }, 60_000);

  it('walks the query history with ArrowUp and ArrowDown', async () => {
    await editor(2).click();
    await page.keyboard.press('ArrowUp');
    expect(await docText(2)).toBe('count_over_time({__name__=~".+"}[1y:1s])');
    await page.keyboard.press('ArrowUp');
    expect(await docText(2)).not.toBe('count_over_time({__name__=~".+"}[1y:1s])');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await docText(2)).toBe('');
  });

  it('keeps the panels in the URL and local storage: a reload restores them', async () => {
    await panel(2).locator('.tab', { hasText: 'Table' }).click();
    await typeInto(2, 'sum by (job) (up)');
    await page.keyboard.press('Enter');
    await panel(2).locator('table.result td.value', { hasText: '3' }).first().waitFor();
    // The URL is written shortly after the last change.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('g2.expr') === 'sum by (job) (up)');
    const url = page.url();
    expect(new URL(url).searchParams.get('g2.tab')).toBe('table');
    expect(new URL(url).searchParams.get('g0.range_input')).toBe('15m');

    await page.reload({ waitUntil: 'load' });
    await panel(2).locator('table.result').waitFor();
    expect(await page.locator('section.panel').count()).toBe(3);
    expect(await docText(2)).toBe('sum by (job) (up)');
    expect(await panel(2).getByRole('tab', { selected: true }).textContent()).toBe('Table');
    expect(await panel(0).getByRole('button', { name: '15m', pressed: true }).count()).toBe(1);

    // Local storage alone (no query string) restores the same panels.
    await page.goto(`${inject('baseUrl')}/playground`, { waitUntil: 'load' });
    await panel(2).locator('table.result').waitFor();
    expect(await docText(2)).toBe('sum by (job) (up)');
  });

  it('switches to the dark theme and remembers it', async () => {
    await page.getByRole('button', { name: /Switch to dark theme/ }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('button', { name: /Switch to light theme/ }).waitFor();
  });

  it('ships a small first load without the evaluator on the main thread', async () => {
    const js = await firstLoadJs(inject('baseUrl'), '/playground');
    figures.firstLoadJs = `${js.files.length} scripts, ${(js.raw / 1024).toFixed(0)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip`;
    expect(js.gzip).toBeLessThan(350 * 1024);
    // An engine-only message: present in the worker chunk, absent from the page's scripts.
    expect(js.texts.some((t) => t.includes('query processing would load too many samples'))).toBe(false);
  });

  it('loads nothing from other hosts and logs no errors', () => {
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
