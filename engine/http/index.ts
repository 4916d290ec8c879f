/**
 * A served world's HTTP routes as a pure function (request in, response
 * out): Node's server (engine/cli) and the browser's engine worker answer
 * the same paths with the same JSON.
 */
export { createWorldHandler, simTargetUrl, TARGETS_PREFIX } from './world-routes';
export { json, jsonError } from './sim-control';
