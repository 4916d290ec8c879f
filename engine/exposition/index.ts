/**
 * Prometheus exposition formats: parsers and writers for the text format
 * 0.0.4 and OpenMetrics 1.0. Pure functions over strings; times in integer
 * milliseconds.
 */
export type { Exemplar, ExpositionFormat, MetricFamily, ParsedSample } from './types';
export { ExpositionError } from './error';
export { parseText } from './text-parse';
export { parseOpenMetrics } from './om-parse';
export { parseExposition, TEXT_CONTENT_TYPE, OPENMETRICS_CONTENT_TYPE } from './detect';
export { writeText } from './text-write';
export { writeOpenMetrics } from './om-write';
export { formatGoFloat } from './float';
