/**
 * The simulation's ground: virtual time, seeded randomness and the network
 * that joins exporters, the Pushgateway and the scrape loop.
 */
export { VirtualClock } from './clock';
export type { TimerId } from './scheduler';
export { createRandom, hashUnit, hashString } from './random';
export type { Random } from './random';
export { createNetwork, splitHost } from './create-network';
export type { SimNetwork } from './create-network';
export { isNetworkError } from './network';
export type { Network, NetworkError, SampleValues, SimEndpoint, SimRequest, SimResponse } from './network';
export { header } from './http';
