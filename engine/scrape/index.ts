/**
 * The scrape side of Prometheus in virtual time: targets from service
 * discovery and relabeling, scrape loops over the simulated network,
 * storage with staleness markers and the synthetic series, reloads, a
 * timeline of events, and the data of the targets API.
 */
export { ScrapeManager, DISCOVERY_UPDATE_MS, type ScrapeManagerOptions } from './manager';
export type { ScrapePool, DroppedTarget } from './pool';
export type { ScrapeTarget, TargetHealth } from './target';
export { REPORT_NAMES } from './target';
export { EventLog, type ScrapeEvent } from './events';
export { populateTarget, requestInfo, SCRAPE_ACCEPT_HEADER, type PopulatedTarget, type ScrapeRequestInfo } from './target-labels';
export { sampleLabels, normalizeFloatLabel } from './sample-labels';
export { scrapeOffsetMs } from './offset';
export { scrapePools, targetsData, targetsMetadata, rfc3339, type ActiveTarget, type DroppedTargetData, type TargetsData, type TargetMetadata } from './api';
