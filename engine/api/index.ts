/**
 * Prometheus's HTTP API as a pure function of a request: the same handler
 * serves node:http (engine/cli/serve.ts) and, later, a Web Worker.
 */
export { createApiHandler, type ApiHandler } from './router';
export type { ApiRequest, ApiResponse, FormValues } from './types';
export type { ApiDeps, ApiParser, BuildInfo, FunctionSignatureInfo, RuleGroupJson, RulesQuery, RuntimeInfo, StatusSources, TsdbStat, TsdbStatus, WorldSources } from './deps';
export type { JsonValue } from './json';
