import { OPENMETRICS_CONTENT_TYPE, TEXT_CONTENT_TYPE } from '../exposition/index';

/**
 * negotiateFormat picks the exposition format as client_golang's
 * expfmt.Negotiate does for a handler with `EnableOpenMetrics`: OpenMetrics
 * when the Accept header lists `application/openmetrics-text` with a q-value
 * at least as high as any text format it also lists; otherwise text 0.0.4.
 * A handler without OpenMetrics (node_exporter's default) always answers text.
 */
export function negotiateFormat(accept: string, openMetricsEnabled: boolean): { readonly openMetrics: boolean; readonly contentType: string } {
  if (openMetricsEnabled && prefersOpenMetricsCached(accept)) return OPENMETRICS;
  return TEXT;
}

const OPENMETRICS = { openMetrics: true, contentType: OPENMETRICS_CONTENT_TYPE } as const;
const TEXT = { openMetrics: false, contentType: TEXT_CONTENT_TYPE } as const;

/** Answers by Accept header: scrape loops send the same few headers at every scrape. Bounded by starting over. */
const answers = new Map<string, boolean>();

function prefersOpenMetricsCached(accept: string): boolean {
  let prefers = answers.get(accept);
  if (prefers === undefined) {
    prefers = prefersOpenMetrics(accept);
    if (answers.size >= 64) answers.clear();
    answers.set(accept, prefers);
  }
  return prefers;
}

function prefersOpenMetrics(accept: string): boolean {
  let om = -1;
  let other = -1;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim());
    let q = 1;
    for (const p of params) if (p.startsWith('q=')) q = Number(p.slice(2)) || 0;
    if (type.toLowerCase() === 'application/openmetrics-text') om = Math.max(om, q);
    else if (type !== '') other = Math.max(other, q);
  }
  return om > 0 && om >= other;
}
