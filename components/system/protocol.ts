import type { ClockState, IncidentKind, IncidentOptions, MetricMetadata, Value } from '@/engine/index';
import type { CheckExerciseParams, CheckExerciseReply } from './exerciseReply';
import type { ExplainReply } from './explainReply';
import type { GridSeries } from './gridSeries';

/**
 * The messages between the page and the engine worker.
 *
 * Requests are method calls (`EngineMethods` maps each method to its params
 * and result); every request has an id and exactly one reply carries it back.
 * `cancel` is one-way. Besides replies the worker pushes `building` events
 * while it simulates a new world's history and `world` events whenever the
 * world changed (built, reset, and on every clock tick). Times are integer
 * milliseconds; "now" is the world's virtual now (`WorldInfo.nowMs`), never
 * the wall clock.
 */
export interface EngineMethods {
  info: { params: Record<string, never>; result: WorldInfo };
  instantQuery: { params: { query: string; timeMs: number; timeoutMs?: number }; result: QueryReply };
  rangeQuery: { params: { query: string; startMs: number; endMs: number; stepMs: number; timeoutMs?: number }; result: QueryReply };
  /**
   * rangeQueries answers a dashboard refresh in one round trip: one answer
   * per query, in order, each laid on its step grid as Float64Arrays
   * (identical queries are evaluated once). A query's error is its answer.
   */
  rangeQueries: { params: { queries: readonly RangeQueryParams[]; timeoutMs?: number }; result: RangeAnswer[] };
  /** Label names over series matching any of the `match[]`-style selectors (all series when none). */
  labelNames: { params: { matchers?: readonly string[] }; result: string[] };
  labelValues: { params: { name: string; matchers?: readonly string[] }; result: string[] };
  /** Metric names, optionally only those starting with `prefix`. */
  metricNames: { params: { prefix?: string }; result: string[] };
  /** Metadata per metric family, like /api/v1/metadata (one entry per family here). */
  metadata: { params: { metric?: string }; result: Record<string, MetricMetadata> };
  /** Label sets of series matching any selector, at most `limit` (default 10,000). */
  series: { params: { matchers: readonly string[]; limit?: number }; result: Record<string, string>[] };
  /** Pretty-prints a query as Prometheus's /api/v1/format_query does. */
  formatQuery: { params: { query: string }; result: string };
  /** Parses a query; a syntax or type error is a result, not a failure. */
  parse: { params: { query: string }; result: ParseReply };
  /**
   * http answers a request as `npm run serve` would: Prometheus's API
   * (/api/v1/…), the simulated targets (/sim/targets/<host:port>/metrics),
   * the Pushgateway (/pushgateway/…), the Alertmanager (/alertmanager/api/v2/…)
   * and the control API (/api/sim/…). Errors are HTTP statuses, not failures.
   */
  http: { params: HttpRequest; result: HttpReply };
  /** clock changes speed or pause state, or advances virtual time now; returns the new state. */
  clock: { params: { speed?: number; paused?: boolean; advanceMs?: number }; result: ClockState };
  /**
   * reset throws the world away and builds a new one from `setup` (history
   * included). Invalid config text fails with `bad_data` and keeps the
   * running world.
   */
  reset: { params: WorldSetup; result: WorldInfo };
  /**
   * snapshot describes the running world as a setup that rebuilds it: the
   * seed, the virtual time run so far as history, the incidents with their
   * times, and the config files that differ from the defaults.
   */
  snapshot: { params: Record<string, never>; result: WorldSetup };
  /** checkExercise judges a lesson exercise's answer by result on the lesson's world and hidden variants (see exerciseReply.ts). */
  checkExercise: { params: CheckExerciseParams; result: CheckExerciseReply };
  /** explain evaluates an instant query with the engine's trace on and returns the trace as plain data. */
  explain: { params: { query: string; timeMs: number }; result: ExplainReply };
}

/** WorldSetup is everything that determines a world: same setup, same data. */
export interface WorldSetup {
  readonly seed: number;
  /** Virtual time simulated before the world is shown (default 1 h). */
  readonly historyMs?: number;
  readonly prometheusYml?: string;
  /** Rule files, name → YAML (default: rules/default.yml). */
  readonly ruleFiles?: Readonly<Record<string, string>>;
  readonly alertmanagerYml?: string;
  /** Incidents started once the history is simulated. */
  readonly incidents?: readonly { readonly kind: IncidentKind; readonly options?: IncidentOptions }[];
}

export interface HttpRequest {
  /** Upper-case method. */
  readonly method: string;
  /** Path plus optional `?query`, percent-encoded, e.g. `/api/v1/targets?state=active`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type MethodName = keyof EngineMethods;
export type Params<M extends MethodName> = EngineMethods[M]['params'];
export type Result<M extends MethodName> = EngineMethods[M]['result'];

export type WorkerRequest =
  | { [M in MethodName]: { readonly id: number; readonly method: M; readonly params: Params<M> } }[MethodName]
  | { readonly id: number; readonly method: 'cancel'; readonly target: number };

/** WorldInfo describes the world the worker serves. */
export interface WorldInfo {
  readonly minTimeMs: number;
  /** The world's now: the newest sample's time. Relative time ranges end here. */
  readonly nowMs: number;
  readonly numSeries: number;
  readonly metricNames: readonly string[];
  readonly clock: ClockState;
  readonly seed: number;
  /** The virtual time the world started at. */
  readonly startMs: number;
  /** The setup the world was built from (compare it to decide whether a reset is needed). */
  readonly setup: WorldSetup;
}

export interface QueryReply {
  readonly value: Value;
  /** Annotation texts as the HTTP API shows them (`PromQL info: ... (1:6)`). */
  readonly warnings: readonly Annotated[];
  readonly infos: readonly Annotated[];
  readonly evalMs: number;
  readonly totalQueryableSamples: number;
  readonly peakSamples: number;
}

export interface RangeQueryParams {
  readonly query: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
}

/** RangeAnswer is one query's answer in a `rangeQueries` batch. */
export type RangeAnswer =
  | { readonly ok: true; readonly series: readonly GridSeries[]; readonly warnings: readonly Annotated[]; readonly infos: readonly Annotated[] }
  | { readonly ok: false; readonly error: WorkerError };

/** Annotated is an annotation's API text with its 0-based position in the query, when it has one. */
export interface Annotated {
  readonly text: string;
  readonly pos?: PosRange;
}

export interface PosRange {
  readonly start: number;
  readonly end: number;
}

export type ParseReply =
  | { readonly ok: true; readonly type: string }
  | { readonly ok: false; readonly message: string; readonly detail: string; readonly pos: PosRange };

export interface WorkerError {
  /** Prometheus's errorType: bad_data, execution, timeout, canceled, internal... */
  readonly type: string;
  readonly message: string;
  /** 0-based character range in the query, when the error has one. */
  readonly pos?: PosRange;
}

export type WorkerMessage =
  | { readonly kind: 'reply'; readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: false; readonly error: WorkerError }
  | { readonly kind: 'world'; readonly info: WorldInfo }
  /** A world's history is being simulated: `doneMs` of `totalMs` virtual ms so far. */
  | { readonly kind: 'building'; readonly doneMs: number; readonly totalMs: number };
