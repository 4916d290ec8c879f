/**
 * The composition root of `serve`: wires the real parser, engine and head
 * into the API's dependencies, with host facts (cwd, hostname, start time)
 * for the status endpoints.
 */
import { hostname } from 'node:os';
import type { ApiDeps, TsdbStatus } from '../api/index';
import { createEngine } from '../promql/engine';
import { lookupFunction } from '../promql/parser/functions';
import { parseExpr, parseMetricSelector, prettifyExpr } from '../promql/parser/index';
import type { Head } from '../tsdb/index';

export interface ServeConfig {
  readonly head: Head;
  /** Enables experimental PromQL functions and syntax (Prometheus's promql-experimental-functions etc.). */
  readonly experimental?: boolean;
  readonly listenAddress: string;
  readonly dataFile?: string;
}

/** Prometheus 3 defaults this server follows. */
const LOOKBACK_DELTA_MS = 5 * 60_000;
const QUERY_TIMEOUT_MS = 2 * 60_000;
const MAX_SAMPLES = 50_000_000;

const VERSION = '3.14.0';

export function serveDeps(cfg: ServeConfig): ApiDeps {
  const experimental = cfg.experimental === true;
  const engine = createEngine({
    lookbackDeltaMs: LOOKBACK_DELTA_MS,
    timeoutMs: QUERY_TIMEOUT_MS,
    maxSamples: MAX_SAMPLES,
    defaultSubqueryStepMs: 60_000,
    enableExperimental: experimental,
  });
  const startTimeMs = Date.now();
  const flags: Record<string, string> = {
    'config.file': 'prometheus.yml',
    'enable-feature': experimental ? 'promql-experimental-functions,promql-duration-expr' : '',
    'query.lookback-delta': '5m',
    'query.max-concurrency': '1',
    'query.max-samples': String(MAX_SAMPLES),
    'query.timeout': '2m',
    'storage.tsdb.path': cfg.dataFile ?? '',
    'storage.tsdb.retention.time': '0s',
    'web.cors.origin': '.*',
    'web.listen-address': cfg.listenAddress,
  };
  return {
    engine,
    storage: cfg.head,
    parser: {
      parseExpr: (q) => parseExpr(q, { experimental }),
      parseMetricSelector: (s) => parseMetricSelector(s),
      prettify: (e) => prettifyExpr(e),
      functionSignature: (name) => lookupFunction(name),
    },
    nowMs: () => Date.now(),
    elapsedMs: () => performance.now(),
    queryTimeoutMs: QUERY_TIMEOUT_MS,
    status: {
      buildInfo: {
        version: VERSION,
        revision: 'prometheus-playground',
        branch: 'HEAD',
        buildUser: 'prometheus-playground',
        buildDate: '',
        goVersion: `none (node ${process.version})`,
      },
      flags,
      configYaml: 'global:\n  scrape_interval: 1m\n  scrape_timeout: 10s\n  evaluation_interval: 1m\n',
      runtimeInfo: () => ({
        startTimeMs,
        cwd: process.cwd(),
        hostname: hostname(),
        serverTimeMs: Date.now(),
        reloadConfigSuccess: true,
        lastConfigTimeMs: startTimeMs,
        corruptionCount: 0,
        goroutineCount: 1,
        gomaxprocs: 1,
        gomemlimit: 0,
        gogc: '',
        godebug: '',
        storageRetention: 'unlimited',
      }),
      tsdbStatus: (limit): TsdbStatus => cfg.head.stats(limit),
    },
  };
}
