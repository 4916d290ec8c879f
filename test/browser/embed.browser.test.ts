import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, watchPage } from './browser';
import { firstLoadJs } from './measure';

/**
 * Embeds as a docs author uses them (inside a sandboxed iframe on another
 * page), their parameter validation, the Content-Security-Policy, and the
 * static export served from a sub-path by a plain file server.
 */

const RATE = 'sum by (code) (rate(http_requests_total[5m]))';
const figures: Record<string, string> = {};

describe('embeds and the static build', () => {
  let ctx: BrowserContext;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;
  const base = () => inject('baseUrl');

  beforeAll(async () => {
    ctx = await openBrowser();
    page = await ctx.newPage();
    watch = watchPage(page);
  });

  afterAll(async () => {
    console.log('measured figures:', figures);
    await ctx?.close();
  });

  it('draws an embedded query inside a sandboxed iframe and sizes the frame from its height message', async () => {
    const src = `${base()}/embed/query?query=${encodeURIComponent(RATE)}&range=30m`;
    const js = await firstLoadJs(base(), '/embed/query');
    figures.embedQueryFirstLoadJs = `${(js.raw / 1024).toFixed(0)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip`;
    // A host page on the same server, framing the embed as the guide's snippet does.
    await page.goto(`${base()}/embed`, { waitUntil: 'load' });
    const t0 = Date.now();
    await page.evaluate((s) => {
      document.body.innerHTML = '';
      const f = document.createElement('iframe');
      f.src = s;
      f.id = 'demo';
      f.setAttribute('sandbox', 'allow-scripts allow-same-origin');
      f.style.height = '100px';
      f.style.width = '900px';
      document.body.appendChild(f);
      addEventListener('message', (e) => {
        const d = e.data as { type?: string; height?: number };
        if (d?.type === 'prometheus-playground:height' && e.source === f.contentWindow) f.style.height = `${d.height}px`;
      });
    }, src);
    const frame = page.frameLocator('#demo');
    await frame.locator('path.series-line').first().waitFor({ timeout: 120_000 });
    figures.embedQueryFirstGraphMs = `${Date.now() - t0} ms (world build included)`;
    expect(await frame.locator('.legend-item').allTextContents()).toContain('{code="200"}');
    await expect.poll(async () => (await page.locator('#demo').boundingBox())!.height, { timeout: 10_000 }).toBeGreaterThan(300);
    expect(await frame.locator('header.header').count()).toBe(0);
  }, 240_000);

  it('names bad parameters and never runs markup from the URL', async () => {
    const evil = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    await page.goto(`${base()}/embed/panel?type=pie&unit=${evil}&title=${evil}&query=up&range=soon&incident=meteor`, { waitUntil: 'load' });
    const notice = page.getByRole('alert').filter({ hasText: 'Some embed parameters were ignored' });
    await notice.waitFor({ timeout: 60_000 });
    const text = await notice.textContent();
    expect(text).toContain('type: "pie" is not one of');
    expect(text).toContain('range: "soon" is not a duration');
    expect(text).toContain('incident: unknown kind "meteor"');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('writes a link and an iframe snippet from the playground that reproduce the first panel', async () => {
    await page.goto(`${base()}/playground`, { waitUntil: 'load' });
    await page.locator('path.series-line').first().waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed' });
    await dialog.waitFor();
    const embedUrl = await dialog.getByLabel('Embed URL').inputValue();
    expect(embedUrl).toMatch(/\/embed\/query\?query=sum\+by\+%28code%29/);
    const snippet = await dialog.getByLabel('HTML for your page').inputValue();
    expect(snippet.startsWith(`<iframe src="${embedUrl.replace(/&/g, '&amp;')}"`)).toBe(true);
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin"');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The embed it names draws the same query, here in the dark theme.
    await page.goto(`${embedUrl}&theme=dark`, { waitUntil: 'load' });
    await page.locator('path.series-line').first().waitFor({ timeout: 120_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  }, 240_000);

  it('serves every page with a same-origin Content-Security-Policy', async () => {
    const res = await fetch(`${base()}/embed/query`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    // The static export has no server to send headers: each page carries the same policy in a <meta> tag.
    const root = inject('staticUrl');
    if (root !== '') {
      const html = await (await fetch(`${root}/embed/query/`)).text();
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27;|<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
    }
  });

  it('documents every parameter on the guide page', async () => {
    await page.goto(`${base()}/embed`, { waitUntil: 'load' });
    const names = await page.locator('.embed-guide tbody tr td:first-child').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['query', 'view', 'range', 'theme', 'height', 'incident', 'readonly', 'lesson', 'exercise']));
  });

  it('runs from the static export under a sub-path: a query, a dashboard and an exercise', async () => {
    const root = inject('staticUrl');
    expect(root, 'test:browser builds the static export into out/ first').not.toBe('');
    await page.goto(`${root}/playground/`, { waitUntil: 'load' });
    await page.locator('path.series-line').first().waitFor({ timeout: 120_000 });

    await page.goto(`${root}/dashboards/golden-signals/`, { waitUntil: 'load' });
    await page.locator('section.dash-panel svg').first().waitFor({ timeout: 120_000 });

    await page.goto(`${root}/embed/exercise/?lesson=03-promql-basics/02-selectors&exercise=${'x'}`, { waitUntil: 'load' });
    await page.getByText('has no exercise “x”').waitFor({ timeout: 120_000 });
    const first = await page.getByText(/Its exercises: /).textContent();
    const id = /Its exercises: ([a-z0-9-]+)/.exec(first ?? '')![1]!;
    await page.goto(`${root}/embed/exercise/?lesson=03-promql-basics/02-selectors&exercise=${id}`, { waitUntil: 'load' });
    await page.locator('section.exercise .cm-content').waitFor({ timeout: 120_000 });
    expect(watch.external).toEqual([]);
  }, 300_000);
});
