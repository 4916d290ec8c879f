import type { Alertmanager, Inbox, NotificationRecord } from '../alertmanager/index';
import type { ApiHandler } from '../api/index';
import type { PrometheusConfig } from '../config/index';
import type { PushgatewayRequest, PushgatewayResponse } from '../pushgateway/index';
import type { QueryOptions, QueryResult } from '../promql/index';
import type { RuleManager } from '../rules/index';
import type { ScrapeManager } from '../scrape/index';
import type { Head } from '../tsdb/index';
import type { IncidentOptions, IncidentView, SimTarget, World } from '../world/index';
import type { VirtualClock } from '../sim/index';
import type { SystemEvent } from './events';

/** SystemOptions create one world; only `seed` and `startMs` are required. */
export interface SystemOptions {
  readonly seed: number;
  /** Virtual start time, integer ms since the epoch. */
  readonly startMs: number;
  /** prometheus.yml text (default: engine/config's DEFAULT_CONFIG_YAML). Invalid text throws SystemConfigError. */
  readonly prometheusYml?: string;
  /** Rule files, name → YAML (default: `rules/default.yml`). Only names matched by `rule_files` are loaded. */
  readonly ruleFiles?: Readonly<Record<string, string>>;
  /** alertmanager.yml text (default: the Slack/e-mail config in defaults/alertmanager.ts). */
  readonly alertmanagerYml?: string;
  /** Prometheus's --web.external-url: links in alerts and `globalUrl`s (default http://localhost:9090). */
  readonly externalURL?: string;
  /**
   * scrapeUrlFor rewrites a target's `scrapeUrl` for the targets API, e.g.
   * to an HTTP address where a server exposes the simulated target. The
   * default keeps the simulated address (`http://node-1:9100/metrics`).
   */
  readonly scrapeUrlFor?: (hostPort: string, path: string) => string;
  /** Host facts for /status/runtimeinfo (default: a hostname `playground`, cwd `/`). */
  readonly host?: HostFacts;
}

/** HostFacts are what the status endpoints report about the machine; the engine cannot know them itself. */
export interface HostFacts {
  readonly hostname: string;
  readonly cwd: string;
  /** Monotonic wall clock in ms, for query `stats` timings (default: always 0, deterministic). */
  readonly elapsedMs?: () => number;
  /** Extra flags for /status/flags. */
  readonly flags?: Readonly<Record<string, string>>;
  readonly goVersion?: string;
}

/** ConfigKind names the three files a learner edits. */
export type ConfigKind = 'prometheus' | 'rules' | 'alertmanager';

/** ClockState is what `GET /api/sim/clock` shows. */
export interface ClockState {
  readonly nowMs: number;
  /** Virtual ms per wall ms while playing (1…3600). */
  readonly speed: number;
  readonly paused: boolean;
}

/** ExposedTarget is one simulated exporter as a server exposes it. */
export interface ExposedTarget extends SimTarget {
  readonly up: boolean;
}

/**
 * System is one running Prometheus world: the simulated production system,
 * and the Prometheus, Pushgateway and Alertmanager that watch it, all on one
 * virtual clock. Every change goes through its methods (commands); the
 * accessors return snapshots. Given the same seed, start time and commands
 * it always produces the same TSDB.
 */
export interface System {
  readonly clock: VirtualClock;
  readonly world: World;
  readonly head: Head;
  readonly scrape: ScrapeManager;
  readonly rules: RuleManager;
  readonly alertmanager: Alertmanager;
  /** api is the Prometheus HTTP API (/api/v1/…) over this world, with live targets, rules and alerts. */
  readonly api: ApiHandler;

  /**
   * advance moves virtual time forward by `ms`, running scrapes, rule
   * evaluations and Alertmanager flushes in time order. Calls queue up:
   * each starts when the previous one has finished.
   */
  advance(ms: number): Promise<void>;
  /** runUntil advances to `tMs` (no-op when already there or past). */
  runUntil(tMs: number): Promise<void>;
  /** idle resolves when every queued command has finished. */
  idle(): Promise<void>;

  /** clockState reports time, speed and pause state for a host loop. */
  clockState(): ClockState;
  /** setSpeed sets the real-time speed (1…3600); throws RangeError outside. */
  setSpeed(factor: number): void;
  setPaused(paused: boolean): void;
  /**
   * tick is how a host drives real time: `wallElapsedMs` of wall time become
   * `wallElapsedMs × speed` of virtual time, unless paused. Resolves when done.
   */
  tick(wallElapsedMs: number): Promise<void>;

  /**
   * applyConfig reloads one file. Invalid text throws SystemConfigError
   * (with line and column) and the running configuration stays. For
   * 'rules', `file` names the rule file (default `rules/default.yml`).
   */
  applyConfig(kind: ConfigKind, text: string, file?: string): void;
  /** configText returns the current text of a file ('rules': the named file, '' when absent). */
  configText(kind: ConfigKind, file?: string): string;
  /** ruleFiles lists the rule files by name. */
  ruleFiles(): Readonly<Record<string, string>>;
  readonly prometheusConfig: PrometheusConfig;

  /** query runs an instant query at `tMs` (default: now). */
  query(q: string, tMs?: number, opts?: QueryOptions): Promise<QueryResult>;
  queryRange(q: string, startMs: number, endMs: number, stepMs: number, opts?: QueryOptions): Promise<QueryResult>;

  /** startIncident stages an incident (see engine/world's INCIDENT_KINDS); returns its id. Throws on unknown kinds. */
  startIncident(kind: string, opts?: IncidentOptions): string;
  /** stopIncident ends an incident now; throws on unknown ids. */
  stopIncident(id: string): void;
  incidents(): IncidentView[];

  /** push sends a request to the Pushgateway at the current virtual time (path below the Pushgateway root). */
  push(req: PushgatewayRequest): PushgatewayResponse;

  /** targets lists the simulated exporters and whether each answers right now. */
  targets(): ExposedTarget[];
  /**
   * exposition sends a scrape request to a simulated address at the current
   * virtual time, as Prometheus would; `{error}` when nothing answers (the
   * Go client's error text, e.g. `connection refused`).
   */
  exposition(hostPort: string, req?: ExpositionRequest): ExpositionResult;
  /** writeSdFile writes (or, with `undefined`, deletes) a file that file_sd_configs read. */
  writeSdFile(path: string, text: string | undefined): void;

  inbox(): Inbox;
  notifications(): readonly NotificationRecord[];
  /** events is the timeline feed, oldest first: events at or after `sinceMs`, the last `limit` of them. */
  events(sinceMs?: number, limit?: number): SystemEvent[];
}

/** ExpositionRequest is a scrape of a simulated target: path (default /metrics), query, Accept header. */
export interface ExpositionRequest {
  readonly path?: string;
  readonly query?: Readonly<Record<string, readonly string[]>>;
  readonly accept?: string;
}

export type ExpositionResult =
  | { readonly status: number; readonly contentType: string; readonly body: string }
  | { readonly error: string };
