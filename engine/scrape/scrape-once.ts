import type { ScrapeConfig } from '../config';
import { isNetworkError, type Network, type SimRequest, type SimResponse } from '../sim';
import type { Labels } from '../model/labels';
import { AppendError, type AppendBatch, type Appender } from '../storage/interface';
import type { PendingSamples } from './cache';
import type { EventLog } from './events';
import { readBody } from './read-body';
import type { ScrapeTarget } from './target';

/** ScrapeContext is what one scrape needs besides its target. */
export interface ScrapeContext {
  readonly network: Network;
  readonly appender: Appender;
  readonly events: EventLog;
  /** A reusable buffer: appends wait in it until the scrape is known to succeed. */
  readonly pending: PendingSamples;
  /** Append errors (out of order, duplicates) are counted, not fatal, as in Prometheus. */
  appendErrors: number;
}

/**
 * scrapeOnce scrapes a target at `tMs` and stores the result: samples,
 * staleness markers for series that vanished, and the synthetic series.
 * A failed scrape (no answer, a non-200 status, a malformed body, a limit)
 * stores nothing but `up 0` and the other synthetic series, and marks every
 * series of the previous scrape stale.
 */
export function scrapeOnce(target: ScrapeTarget, cfg: ScrapeConfig, tMs: number, ctx: ScrapeContext): void {
  const out = ctx.pending;
  let durationMs = 0;
  let scraped = 0;
  let added = 0;
  let error: string | undefined = target.forcedError;
  let vanished: readonly Labels[] = [];
  // Set when the body followed the cached layout: `out` then holds the layout's kept lines in order.
  let sameLayout = false;
  if (error === undefined) {
    const req: SimRequest = {
      method: 'GET',
      path: target.request.path,
      query: target.request.query,
      headers: target.request.headers,
      body: '',
      tMs,
    };
    const res = ctx.network.request(target.request.hostPort, req, target.request.timeoutMs);
    durationMs = res.durationMs;
    if (isNetworkError(res)) {
      error = res.error;
      target.lastResponse = undefined;
      target.lastContentType = '';
    } else {
      const contentType = headerValue(res.headers, 'content-type');
      target.lastResponse = res;
      target.lastContentType = contentType;
      if (res.status !== 200) error = `server returned HTTP status ${res.status} ${statusText(res.status)}`;
      else {
        const r = readResponse(ctx.appender, target, cfg, res, contentType, tMs, out);
        scraped = r.scraped;
        if ('error' in r) error = r.error;
        else ({ vanished, added, sameLayout } = r);
      }
    }
  }
  const ok = error === undefined;
  if (ok) {
    appendPending(ctx, out, tMs, sameLayout ? target.cache.batchFor(ctx.appender) : undefined);
    for (const labels of vanished) appendStale(ctx, labels, tMs);
  } else {
    // Nothing of a failed scrape is stored, and its series end here.
    out.reset();
    target.cache.forgetLayout();
    for (const labels of target.tracked.values()) appendStale(ctx, labels, tMs);
    target.tracked = new Map();
  }
  const post = ok ? out.length : 0;
  const r = target.reportLabels;
  append(ctx, r[0]!, tMs, ok ? 1 : 0);
  append(ctx, r[1]!, tMs, durationMs / 1000);
  append(ctx, r[2]!, tMs, scraped);
  append(ctx, r[3]!, tMs, post);
  append(ctx, r[4]!, tMs, ok ? added : 0);

  target.health = ok ? 'up' : 'down';
  target.lastError = error ?? '';
  target.lastScrapeMs = tMs;
  target.lastDurationMs = durationMs;
  target.lastSamples = post;
  ctx.events.pushScrape(target.job, target.instance, target.request.url, tMs, durationMs, post, error);
}

/**
 * readResponse reads a 200 body into the pending buffer (fast paths when
 * the body has the cached layout: its values alone when the endpoint gave
 * them, else its text) and applies the sample limit. Returns the scrape
 * error, or the series of the previous scrape that vanished (they get
 * staleness markers once the samples are stored).
 */
function readResponse(
  appender: Appender,
  target: ScrapeTarget,
  cfg: ScrapeConfig,
  res: SimResponse,
  contentType: string,
  tMs: number,
  out: PendingSamples,
): { error: string; scraped: number } | { vanished: Labels[]; scraped: number; added: number; sameLayout: boolean } {
  const previous = target.tracked;
  const vanished: Labels[] = [];
  const cache = target.cache;
  let scraped = cache.layoutSamples;
  let added = 0;
  const samples = res.samples;
  // Values of a layout whose text was read before need no text at all.
  const batches = appender.prepareBatch !== undefined && appender.appendBatchAt !== undefined;
  const known = samples !== undefined && cache.readValues(samples, contentType, tMs, out, batches);
  // Same lines as the last scrape means the same series: nothing vanished, nothing added.
  const sameLayout = known || cache.readFast(res.body, contentType, tMs, cfg.honorTimestamps, out);
  if (!sameLayout) {
    let result;
    try {
      result = readBody(res.body, contentType, tMs, cache, { ...cfg, targetLabels: target.publicLabels }, out);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e), scraped: 0 };
    }
    scraped = result.scraped;
    added = result.seriesAdded;
    for (const f of result.families) {
      const meta = { type: f.type, help: f.help, unit: f.unit };
      target.metadata.set(f.name, meta);
      appender.setMetadata(f.name, meta);
    }
    for (const [k, labels] of previous) if (!result.tracked.has(k)) vanished.push(labels);
    target.tracked = result.tracked;
  }
  // The text just read was printed from these values: later ones of the same layout can skip it.
  if (!known && samples !== undefined) cache.bindValues(samples.layout, samples.values.length, contentType);
  if (cfg.sampleLimit > 0 && out.length > cfg.sampleLimit) {
    // None of this scrape is stored; the failure ends the previous scrape's series.
    target.tracked = previous;
    return { error: 'sample limit exceeded', scraped };
  }
  return { vanished, scraped, added, sameLayout };
}

/**
 * appendPending stores the buffered samples, by series ref when the storage
 * takes refs. When they all have the scrape's time `tMs` (the usual case),
 * they go in one batch if the storage takes batches (the layout's prepared
 * batch when `out` holds exactly its lines), else that one number is passed
 * for all of them: a time read back from `ts` would be boxed anew for every
 * call.
 */
function appendPending(ctx: ScrapeContext, out: PendingSamples, tMs: number, batch: AppendBatch | undefined): void {
  const app = ctx.appender;
  if (out.values !== undefined) {
    // Borrowed values come only with a layout the storage has a batch of (see readValues).
    if (batch === undefined || app.appendBatchAt === undefined) throw new Error('scrape: borrowed values without a prepared batch');
    ctx.appendErrors += app.appendBatchAt(tMs, batch, out.values);
    return;
  }
  if (app.appendRef === undefined) {
    for (let i = 0; i < out.length; i++) append(ctx, out.lines[i]!.labels, out.ts[i]!, out.vs[i]!);
    return;
  }
  const { lines, ts, vs } = out;
  const atScrapeTime = out.oneTime && ts[0] === tMs;
  if (atScrapeTime && batch !== undefined && app.appendBatchAt !== undefined && batch.items.length === out.length) {
    ctx.appendErrors += app.appendBatchAt(tMs, batch, vs);
    return;
  }
  if (atScrapeTime && app.appendRefsAt !== undefined) {
    ctx.appendErrors += app.appendRefsAt(tMs, lines, vs, out.length);
    return;
  }
  for (let i = 0; i < out.length; i++) {
    const line = lines[i]!;
    try {
      line.ref = app.appendRef(line.ref, line.labels, atScrapeTime ? tMs : ts[i]!, vs[i]!);
    } catch (e) {
      if (!(e instanceof AppendError)) throw e;
      ctx.appendErrors++;
    }
  }
}

function append(ctx: ScrapeContext, labels: Labels, t: number, v: number): void {
  try {
    ctx.appender.append(labels, t, v);
  } catch (e) {
    if (!(e instanceof AppendError)) throw e;
    ctx.appendErrors++;
  }
}

export function appendStale(ctx: Pick<ScrapeContext, 'appender' | 'appendErrors'>, labels: Labels, t: number): void {
  try {
    ctx.appender.appendStale(labels, t);
  } catch (e) {
    if (!(e instanceof AppendError)) throw e;
    ctx.appendErrors++;
  }
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 429: 'Too Many Requests', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** statusText is Go's http.StatusText. */
function statusText(code: number): string {
  return STATUS_TEXT[code] ?? '';
}

/** headerValue reads a response header case-insensitively; '' when absent. */
function headerValue(headers: Readonly<Record<string, string>>, lowerName: string): string {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === lowerName) return headers[k] ?? '';
  return '';
}
