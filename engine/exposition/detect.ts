import { parseOpenMetrics } from './om-parse';
import { parseText } from './text-parse';
import type { ExpositionFormat, MetricFamily } from './types';

/** The Content-Type of the text format as client_golang serves it. */
export const TEXT_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
/** The Content-Type of OpenMetrics 1.0 as client_golang serves it. */
export const OPENMETRICS_CONTENT_TYPE = 'application/openmetrics-text; version=1.0.0; charset=utf-8';

/**
 * parseExposition picks the parser from a Content-Type header value
 * (`application/openmetrics-text` → OpenMetrics, anything else → text) or,
 * when there is none (or it is blank), from a trailing `# EOF` line, and
 * parses the input. Throws ExpositionError in the chosen format's wording.
 */
export function parseExposition(input: string, contentType?: string): { format: ExpositionFormat; families: MetricFamily[] } {
  const format = contentType === undefined || contentType.trim() === '' ? sniffFormat(input) : formatOfContentType(contentType);
  return { format, families: format === 'openmetrics' ? parseOpenMetrics(input) : parseText(input) };
}

function formatOfContentType(contentType: string): ExpositionFormat {
  const semi = contentType.indexOf(';');
  const media = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return media === 'application/openmetrics-text' ? 'openmetrics' : 'text';
}

/** sniffFormat: OpenMetrics ends with a `# EOF` line (optionally followed by one '\n'). */
function sniffFormat(input: string): ExpositionFormat {
  const body = input.endsWith('\n') ? input.slice(0, -1) : input;
  return body === '# EOF' || body.endsWith('\n# EOF') ? 'openmetrics' : 'text';
}
