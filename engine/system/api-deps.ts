import type { ApiDeps, JsonValue, RuleGroupJson, RulesQuery, WorldSources } from '../api/index';
import type { PromQLEngine } from '../promql/index';
import { lookupFunction } from '../promql/parser/functions';
import { parseExpr, parseMetricSelector, prettifyExpr } from '../promql/parser/index';
import type { RuleManager } from '../rules/index';
import { scrapePools, targetsData, targetsMetadata, type ScrapeManager } from '../scrape/index';
import type { Head } from '../tsdb/index';
import type { HostFacts } from './types';

/** Prometheus 3 defaults the world's Prometheus follows. */
export const LOOKBACK_DELTA_MS = 5 * 60_000;
export const QUERY_TIMEOUT_MS = 2 * 60_000;
export const MAX_SAMPLES = 50_000_000;
const VERSION = '3.14.0';

/** The parts of a system the API reads. */
export interface ApiParts {
  readonly engine: PromQLEngine;
  readonly head: Head;
  readonly scrape: () => ScrapeManager;
  readonly rules: () => RuleManager;
  readonly nowMs: () => number;
  readonly startMs: number;
  readonly configYaml: () => string;
  readonly lastReload: () => { readonly ok: boolean; readonly atMs: number };
  /** The simulated Alertmanager's push URL, listed by /api/v1/alertmanagers. */
  readonly alertmanagerUrl: string;
  readonly scrapeUrlFor?: (hostPort: string, path: string) => string;
  readonly host: HostFacts;
}

/**
 * systemApiDeps wires the API to a world: queries at virtual time, status
 * from the live configuration, and the targets, rules and alerts of the
 * running scrape and rule managers.
 */
export function systemApiDeps(p: ApiParts): ApiDeps {
  const world = worldSources(p);
  const flags: Record<string, string> = {
    'config.file': 'prometheus.yml',
    'enable-feature': '',
    'query.lookback-delta': '5m',
    'query.max-concurrency': '1',
    'query.max-samples': String(MAX_SAMPLES),
    'query.timeout': '2m',
    'storage.tsdb.path': '',
    'storage.tsdb.retention.time': '0s',
    'web.cors.origin': '.*',
    ...p.host.flags,
  };
  return {
    engine: p.engine,
    storage: p.head,
    parser: {
      parseExpr: (q) => parseExpr(q),
      parseMetricSelector: (s) => parseMetricSelector(s),
      prettify: (e) => prettifyExpr(e),
      functionSignature: (name) => lookupFunction(name),
    },
    // Queries without `time` are at the world's now, not the wall clock's.
    nowMs: p.nowMs,
    elapsedMs: p.host.elapsedMs ?? (() => 0),
    queryTimeoutMs: QUERY_TIMEOUT_MS,
    status: {
      buildInfo: { version: VERSION, revision: 'prometheus-playground', branch: 'HEAD', buildUser: 'prometheus-playground', buildDate: '', goVersion: p.host.goVersion ?? 'none' },
      flags,
      // A getter: the text changes with every successful reload.
      get configYaml() {
        return p.configYaml();
      },
      runtimeInfo: () => ({
        startTimeMs: p.startMs,
        cwd: p.host.cwd,
        hostname: p.host.hostname,
        serverTimeMs: p.nowMs(),
        reloadConfigSuccess: p.lastReload().ok,
        lastConfigTimeMs: p.lastReload().atMs,
        corruptionCount: 0,
        goroutineCount: 1,
        gomaxprocs: 1,
        gomemlimit: 0,
        gogc: '',
        godebug: '',
        storageRetention: 'unlimited',
      }),
      tsdbStatus: (limit) => p.head.stats(limit),
    },
    world,
  };
}

/** json tells the type checker that plain API data (strings, numbers, records) is JSON. */
const json = (v: unknown): JsonValue => v as JsonValue;

function worldSources(p: ApiParts): WorldSources {
  const rewrite = (url: string): string => {
    const m = /^(https?):\/\/([^/]+)(.*)$/.exec(url);
    return m === null || p.scrapeUrlFor === undefined ? url : p.scrapeUrlFor(m[2]!, m[3]!);
  };
  return {
    targets(state, scrapePool) {
      const d = targetsData(p.scrape(), state, scrapePool);
      return json({ ...d, activeTargets: d.activeTargets.map((t) => ({ ...t, scrapeUrl: rewrite(t.scrapeUrl), globalUrl: rewrite(t.globalUrl) })) });
    },
    scrapePools: () => scrapePools(p.scrape()).scrapePools,
    targetsMetadata: (matchTarget, metric, limit) => json(targetsMetadata(p.scrape(), matchTarget, metric, limit)),
    ruleGroups(q: RulesQuery): RuleGroupJson[] {
      const data = p.rules().rules({
        ...(q.type !== '' ? { type: q.type } : {}),
        ruleName: q.ruleNames,
        groupName: q.groupNames,
        file: q.files,
        match: q.match,
        excludeAlerts: q.excludeAlerts,
      });
      return data.groups.map((g) => ({ name: g.name, file: g.file, json: json(g) }));
    },
    alerts: () => json(p.rules().alerts()),
    alertmanagers: () => json({ activeAlertmanagers: [{ url: p.alertmanagerUrl }], droppedAlertmanagers: [] }),
  };
}
