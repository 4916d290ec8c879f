import type { Appender } from '../storage/interface';
import { alertsApiData, rulesApiData, type AlertsApiData, type RulesApiData, type RulesFilter } from './api';
import { appendStale, RuleGroup, type GroupDeps } from './group';
import { loadRuleFiles } from './load';
import type { NotifyFunc } from './notify';
import { Timeline, type TimelineEvent } from './timeline';
import type { NameValidation, QueryFunc, RuleFiles } from './types';

/**
 * RuleClock is the slice of the world's virtual clock the manager uses
 * (engine/sim's VirtualClock fits it). Callbacks receive their due time.
 */
export interface RuleClock {
  readonly nowMs: number;
  every(periodMs: number, fn: (nowMs: number) => void, firstMs?: number): number;
  schedule(atMs: number, fn: (nowMs: number) => void): number;
  cancel(id: number): void;
}

/** RuleManagerOptions wire a manager into a world; durations are ms. */
export interface RuleManagerOptions {
  readonly clock: RuleClock;
  readonly query: QueryFunc;
  readonly appender: Appender;
  readonly notify: NotifyFunc;
  /** global.evaluation_interval: the interval of groups without their own. Default 1m. */
  readonly evaluationIntervalMs?: number;
  /** global.rule_query_offset. Default 0. */
  readonly ruleQueryOffsetMs?: number;
  /** --rules.alert.resend-delay. Default 1m. */
  readonly resendDelayMs?: number;
  /** --web.external-url, used in generatorURL and templates. Default http://localhost:9090. */
  readonly externalURL?: string;
  /** global.external_labels: in templates as $externalLabels, and added to sent alerts. */
  readonly externalLabels?: Readonly<Record<string, string>>;
  readonly nameValidation?: NameValidation;
  /** How many timeline events to keep. Default 2000. */
  readonly timelineCapacity?: number;
  /** A wall clock for evaluationTime; leave unset for deterministic zero durations. */
  readonly elapsedMs?: () => number;
  /** Called with unexpected internal errors of an evaluation (user errors land in rule health instead). */
  readonly onInternalError?: (e: unknown) => void;
}

interface Running {
  readonly group: RuleGroup;
  timer: number;
  /** Evaluations of one group run one after the other, like Prometheus's group goroutine. */
  chain: Promise<void>;
}

/** RuleManager loads rule files and evaluates their groups on the virtual clock. */
export interface RuleManager {
  /**
   * update applies new rule files. Invalid files throw RuleFileError and
   * leave the running rules untouched; unchanged groups keep running as
   * they were; changed groups restart at their next slot, keeping the
   * series and alert state of rules that stayed (same name and labels).
   */
  update(files: RuleFiles): void;
  /** groups lists the running groups, by file then name. */
  groups(): readonly RuleGroup[];
  /** rules is the data of /api/v1/rules. */
  rules(filter?: RulesFilter): RulesApiData;
  /** alerts is the data of /api/v1/alerts. */
  alerts(): AlertsApiData;
  /** timeline lists the kept alert events, optionally of one alert (its labels as `{a="1", ...}`). */
  timeline(alert?: string): readonly TimelineEvent[];
  /** idle resolves once every evaluation queued so far has finished. */
  idle(): Promise<void>;
  /** stop cancels all evaluations. */
  stop(): void;
}


/** createRuleManager builds a manager with no rules; call `update` to load some. */
export function createRuleManager(opts: RuleManagerOptions): RuleManager {
  const timeline = new Timeline(opts.timelineCapacity ?? 2000);
  const deps: GroupDeps = {
    query: opts.query,
    appender: opts.appender,
    notify: opts.notify,
    resendDelayMs: opts.resendDelayMs ?? 60_000,
    externalURL: opts.externalURL ?? 'http://localhost:9090',
    externalLabels: opts.externalLabels ?? {},
    timeline,
    ...(opts.elapsedMs !== undefined ? { elapsedMs: opts.elapsedMs } : {}),
  };
  const intervalMs = opts.evaluationIntervalMs ?? 60_000;
  const queryOffsetMs = opts.ruleQueryOffsetMs ?? 0;
  let running = new Map<string, Running>();
  const background = new Set<Promise<void>>();
  let stopped = false;

  const track = (p: Promise<void>): Promise<void> => {
    const guarded = p.catch((e: unknown) => opts.onInternalError?.(e));
    background.add(guarded);
    void guarded.then(() => background.delete(guarded));
    return guarded;
  };

  const start = (r: Running): void => {
    r.timer = opts.clock.every(r.group.intervalMs, (tMs) => {
      r.chain = track(r.chain.then(() => r.group.eval(tMs, deps)));
    }, r.group.firstEvalMs(opts.clock.nowMs));
  };

  return {
    update(files) {
      const { groups: configs } = loadRuleFiles(files, opts.nameValidation === undefined ? {} : { nameValidation: opts.nameValidation });
      const next = new Map<string, Running>();
      for (const cfg of configs) {
        const group = new RuleGroup(cfg, intervalMs, queryOffsetMs);
        const old = running.get(group.key);
        running.delete(group.key);
        if (old !== undefined && old.group.equals(group)) {
          next.set(group.key, old);
          continue;
        }
        const r: Running = { group, timer: -1, chain: Promise.resolve() };
        if (old !== undefined) {
          opts.clock.cancel(old.timer);
          // Take over the old group's state once its in-flight evaluation is done.
          r.chain = track(old.chain.then(() => group.copyState(old.group)));
        }
        if (!stopped) start(r);
        next.set(group.key, r);
      }
      const stopMs = opts.clock.nowMs;
      for (const old of running.values()) {
        opts.clock.cancel(old.timer);
        // Like Prometheus, wait two intervals so a renamed group can take its series over, then mark the rest stale.
        opts.clock.schedule(stopMs + 2 * old.group.intervalMs, () => {
          if (stopped) return;
          old.chain = track(old.chain.then(() => {
            for (const lbs of old.group.allPreviousSeries()) appendStale(opts.appender, lbs, stopMs);
          }));
        });
      }
      running = next;
    },
    groups() {
      return [...running.values()].map((r) => r.group).sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    rules(filter = {}) {
      return rulesApiData(this.groups(), filter);
    },
    alerts() {
      return alertsApiData(this.groups());
    },
    timeline(alert) {
      return timeline.list(alert);
    },
    async idle() {
      while (background.size > 0) await Promise.all([...background]);
    },
    stop() {
      stopped = true;
      for (const r of running.values()) opts.clock.cancel(r.timer);
    },
  };
}
