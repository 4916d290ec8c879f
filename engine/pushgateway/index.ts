/**
 * An in-memory Prometheus Pushgateway driven by HTTP-shaped requests, with
 * the real one's grouping, validation, error texts and exposition.
 */
export { Pushgateway, EXPOSITION_CONTENT_TYPE } from './pushgateway';
export type { GroupView } from './pushgateway';
export type { PushgatewayRequest, PushgatewayResponse } from './http';
export type { PushgatewayOptions } from './state';
export type { BuildInfo } from './self-metrics';
export type { PushEvent } from './events';
export { EVENT_CAPACITY } from './events';
export type { LabelPair, PgFamily, PgMetric, PgMetricType, MetricData } from './types';
