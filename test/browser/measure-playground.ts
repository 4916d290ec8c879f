/**
 * Measures the playground in a real browser against a running server:
 *   npx tsx test/browser/measure-playground.ts [baseUrl]   (default http://127.0.0.1:3000)
 * - first-load JS of /playground (the <script src> files of its HTML, gzip -9), goal ≤ 350 KiB;
 * - Enter → drawn graph for `sum by (code) (rate(http_requests_total[5m]))` over 1h
 *   (the page's own performance.measure 'pp:enter-to-graph'), goal ≤ 150 ms;
 * - the longest main-thread task (PerformanceObserver 'longtask') while the
 *   clock fast-forwards at ×10 and at ×600 with a live graph on screen, goal ≤ 50 ms.
 */
import { openBrowser } from './browser';
import { firstLoadJs, median } from './measure';

const QUERY = 'sum by (code) (rate(http_requests_total[5m]))';
const FAST_FORWARD_WALL_MS = 10_000;

async function main(): Promise<void> {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
  const js = await firstLoadJs(baseUrl, '/playground');
  console.log(`first-load JS /playground: ${js.files.length} scripts, ${(js.raw / 1024).toFixed(0)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip (goal ≤ 350)`);
  const monaco = js.texts.some((t) => t.includes('monaco-editor') || t.includes('vs/editor/'));
  console.log(`Monaco in first load: ${monaco ? 'YES (must not be)' : 'no'}`);

  const ctx = await openBrowser();
  try {
    const page = await ctx.newPage();
    const url = `${baseUrl}/playground?${new URLSearchParams({ 'g0.expr': QUERY, 'g0.tab': 'graph', 'g0.range_input': '1h', speed: '1' })}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('path.series-line').first().waitFor({ timeout: 60_000 });
    // Let the first run and its follow-ups settle before timing.
    await page.waitForTimeout(1000);

    const times: number[] = [];
    const editor = page.locator('.promql-editor .cm-content').first();
    for (let run = 0; run < 7; run++) {
      await page.evaluate(() => performance.clearMeasures('pp:enter-to-graph'));
      await editor.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => performance.getEntriesByName('pp:enter-to-graph').length > 0, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('pp:enter-to-graph').at(-1)!.duration));
    }
    console.log(`Enter → drawn graph (1h): runs ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(times).toFixed(0)} ms (goal ≤ 150)`);

    for (const speed of [10, 600]) {
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      await page.getByRole('group', { name: 'Clock speed' }).last().getByRole('button', { name: `×${speed}` }).click();
      const t0 = Number(await page.getByTestId('virtual-time').first().getAttribute('data-now-ms'));
      await page.waitForTimeout(FAST_FORWARD_WALL_MS);
      const t1 = Number(await page.getByTestId('virtual-time').first().getAttribute('data-now-ms'));
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      const longest = tasks.length === 0 ? 0 : Math.max(...tasks);
      console.log(`×${speed} for ${FAST_FORWARD_WALL_MS / 1000} s: virtual time moved ${((t1 - t0) / 60_000).toFixed(1)} min; ${tasks.length} long tasks, longest ${longest === 0 ? '< 50 (none)' : longest.toFixed(0)} ms (goal ≤ 50)`);
    }
  } finally {
    await ctx.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
