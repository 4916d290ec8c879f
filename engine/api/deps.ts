import type { CompiledMatcher, LabelMatcher } from '../model/matchers';
import type { Queryable } from '../storage/interface';
import type { Expr, ValueType } from '../promql/ast';
import type { PromQLEngine } from '../promql/types';
import type { JsonValue } from './json';

/**
 * ApiDeps is everything the handlers need from the rest of the system,
 * passed in rather than imported so the API depends on contracts only and
 * the composition root (serve, or the Worker) decides what backs them.
 */
export interface ApiDeps {
  readonly engine: PromQLEngine;
  readonly storage: Queryable;
  readonly parser: ApiParser;
  /** Wall-clock time in ms: the default `time` of instant queries, as Prometheus uses time.Now(). */
  readonly nowMs: () => number;
  /** Monotonic clock in ms for the timings in `stats`. */
  readonly elapsedMs: () => number;
  /** The server-side cap on query time (Prometheus's --query.timeout), ms. */
  readonly queryTimeoutMs: number;
  readonly status: StatusSources;
  /**
   * The live scrape targets, rules and alerts when a (simulated) world backs
   * the API. Without it those endpoints answer with Prometheus's shapes and
   * empty lists, as a server over a data file has none.
   */
  readonly world?: WorldSources;
}

/**
 * WorldSources feed /targets, /targets/metadata, /scrape_pools, /rules,
 * /alerts and /alertmanagers. Values are already in Prometheus's JSON shape;
 * the handlers validate parameters and wrap them in the envelope.
 */
export interface WorldSources {
  /** targets is the `data` of /api/v1/targets; `state` is '', 'any', 'active' or 'dropped' (lower-cased). */
  targets(state: string, scrapePool: string): JsonValue;
  /** scrapePools lists the scrape pools (job names), sorted. */
  scrapePools(): readonly string[];
  /** targetsMetadata is the `data` of /api/v1/targets/metadata; `limit` < 0 means no limit. */
  targetsMetadata(matchTarget: readonly CompiledMatcher[], metric: string, limit: number): JsonValue;
  /** ruleGroups lists the groups of /api/v1/rules after filtering, in order, before pagination. */
  ruleGroups(query: RulesQuery): readonly RuleGroupJson[];
  /** alerts is the `data` of /api/v1/alerts. */
  alerts(): JsonValue;
  /** alertmanagers is the `data` of /api/v1/alertmanagers. */
  alertmanagers(): JsonValue;
}

/** RulesQuery holds the validated filters of /api/v1/rules. */
export interface RulesQuery {
  readonly type: '' | 'alert' | 'record';
  readonly ruleNames: readonly string[];
  readonly groupNames: readonly string[];
  readonly files: readonly string[];
  /** match[]: a rule is kept when its labels match any one set. */
  readonly match: readonly (readonly CompiledMatcher[])[];
  readonly excludeAlerts: boolean;
}

/** RuleGroupJson is one rule group of /api/v1/rules: its identity (for paging) and its JSON. */
export interface RuleGroupJson {
  readonly name: string;
  readonly file: string;
  readonly json: JsonValue;
}

/** ApiParser is the slice of the PromQL parser the API uses. Errors are thrown as ParseError. */
export interface ApiParser {
  parseExpr(query: string): Expr;
  parseMetricSelector(selector: string): LabelMatcher[];
  /** prettify prints an expression as Prometheus's Pretty(0) does (format_query). */
  prettify(expr: Expr): string;
  /** functionSignature describes a function for parse_query's `func` object. */
  functionSignature(name: string): FunctionSignatureInfo | undefined;
}

export interface FunctionSignatureInfo {
  readonly name: string;
  readonly argTypes: readonly ValueType[];
  /** Go's Variadic: 0 fixed, -1 unlimited, n up to n optional trailing args. */
  readonly variadic: number;
  readonly returnType: ValueType;
}

/** StatusSources feed the /status endpoints; values are host facts the engine cannot know itself. */
export interface StatusSources {
  readonly buildInfo: BuildInfo;
  /** Command-line flags as Prometheus reports them (name without dashes → value). */
  readonly flags: Readonly<Record<string, string>>;
  /** The loaded configuration as YAML. */
  readonly configYaml: string;
  readonly runtimeInfo: () => RuntimeInfo;
  /** Cardinality statistics for /status/tsdb, top `limit` per list. */
  readonly tsdbStatus: (limit: number) => TsdbStatus;
}

export interface BuildInfo {
  readonly version: string;
  readonly revision: string;
  readonly branch: string;
  readonly buildUser: string;
  readonly buildDate: string;
  readonly goVersion: string;
}

/** RuntimeInfo mirrors Prometheus's struct; times are ms since the epoch. */
export interface RuntimeInfo {
  readonly startTimeMs: number;
  readonly cwd: string;
  readonly hostname: string;
  readonly serverTimeMs: number;
  readonly reloadConfigSuccess: boolean;
  readonly lastConfigTimeMs: number;
  readonly corruptionCount: number;
  readonly goroutineCount: number;
  readonly gomaxprocs: number;
  readonly gomemlimit: number;
  readonly gogc: string;
  readonly godebug: string;
  readonly storageRetention: string;
}

export interface TsdbStat {
  readonly name: string;
  readonly value: number;
}

export interface TsdbStatus {
  readonly headStats: {
    readonly numSeries: number;
    readonly numLabelPairs: number;
    readonly chunkCount: number;
    readonly minTime: number;
    readonly maxTime: number;
  };
  readonly seriesCountByMetricName: readonly TsdbStat[];
  readonly labelValueCountByLabelName: readonly TsdbStat[];
  readonly memoryInBytesByLabelName: readonly TsdbStat[];
  readonly seriesCountByLabelValuePair: readonly TsdbStat[];
}
