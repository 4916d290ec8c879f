import { createAlertmanager } from '../alertmanager/index';
import { createApiHandler } from '../api/index';
import { DEFAULT_CONFIG_YAML, parseConfig, type PrometheusConfig } from '../config/index';
import { labelsToRecord } from '../model/labels';
import { createEngine } from '../promql/index';
import { createRuleManager, loadRuleFiles, queryFuncFrom, type RuleManager } from '../rules/index';
import { ScrapeManager } from '../scrape/index';
import { isNetworkError } from '../sim/index';
import { createHead } from '../tsdb/index';
import { createWorld } from '../world/index';
import { LOOKBACK_DELTA_MS, MAX_SAMPLES, QUERY_TIMEOUT_MS, systemApiDeps } from './api-deps';
import { asConfigError } from './config-error';
import { DEFAULT_ALERTMANAGER_YAML } from './defaults/alertmanager';
import { DEFAULT_RULES_FILE, DEFAULT_RULES_YAML } from './defaults/rules';
import { collectEvents } from './events';
import { selectRuleFiles } from './rule-files';
import { stepTo } from './stepper';
import type { ConfigKind, System, SystemOptions } from './types';

/** Where the simulated Alertmanager listens, as /api/v1/alertmanagers and alert links name it. */
const ALERTMANAGER_URL = 'http://alertmanager:9093/api/v2/alerts';
/** Scrape events kept for the timeline: about an hour of the default world at 15s. */
const SCRAPE_EVENT_CAPACITY = 6000;

/**
 * createSystem wires one world: the simulated production system
 * (engine/world), a TSDB head, the scrape manager over the world's network
 * and Kubernetes cluster, the PromQL engine, the rule manager and the
 * Alertmanager, all on the world's virtual clock. Rule alerts go straight
 * to the simulated Alertmanager, as if `alerting.alertmanagers` named it.
 * Invalid initial configuration throws SystemConfigError.
 */
export function createSystem(o: SystemOptions): System {
  let promYml = o.prometheusYml ?? DEFAULT_CONFIG_YAML;
  let amYml = o.alertmanagerYml ?? DEFAULT_ALERTMANAGER_YAML;
  let ruleFiles: Record<string, string> = { ...(o.ruleFiles ?? { [DEFAULT_RULES_FILE]: DEFAULT_RULES_YAML }) };
  let promConfig = parsePrometheus(promYml);
  const externalURL = o.externalURL ?? 'http://localhost:9090';

  const world = createWorld({ seed: o.seed, startMs: o.startMs });
  const clock = world.clock;
  const head = createHead();
  const engine = createEngine({ lookbackDeltaMs: LOOKBACK_DELTA_MS, timeoutMs: QUERY_TIMEOUT_MS, maxSamples: MAX_SAMPLES, defaultSubqueryStepMs: 60_000 });
  /** The files file_sd_configs read. */
  const sdFiles = new Map<string, string>();
  const scrape = new ScrapeManager({ config: promConfig, network: world.network, storage: head, discovery: { kubernetes: world.cluster, files: sdFiles }, clock, eventCapacity: SCRAPE_EVENT_CAPACITY });
  const am = configured('alertmanager', () => createAlertmanager({ config: amYml, startMs: o.startMs, random: world.random.fork('alertmanager') }));
  let lastReload = { ok: true, atMs: o.startMs };

  const newRules = (cfg: PrometheusConfig): RuleManager =>
    createRuleManager({
      clock,
      query: queryFuncFrom((q, t) => engine.instantQuery(head, q, t)),
      appender: head.appender(),
      notify: (alerts, sentAtMs) => void am.receiveAlerts(alerts, sentAtMs),
      evaluationIntervalMs: cfg.global.evaluationIntervalMs,
      externalURL,
      externalLabels: labelsToRecord(cfg.global.externalLabels),
    });
  let rules = newRules(promConfig);
  configured('rules', () => rules.update(selectRuleFiles(promConfig.ruleFiles, ruleFiles)));

  /** Commands that move time run one after another. */
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (fn: () => Promise<void>): Promise<void> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const runUntil = (tMs: number): Promise<void> =>
    enqueue(() => (tMs > clock.nowMs ? stepTo({ clock, rules: () => rules, alertmanager: am }, Math.floor(tMs)) : Promise.resolve()));
  let carryMs = 0;
  let paused = false;

  const applyPrometheus = (text: string): void => {
    let next: PrometheusConfig;
    try {
      next = parsePrometheus(text);
    } catch (e) {
      lastReload = { ok: false, atMs: clock.nowMs };
      throw e;
    }
    const g = promConfig.global;
    const rulesRestart = g.evaluationIntervalMs !== next.global.evaluationIntervalMs || JSON.stringify(g.externalLabels) !== JSON.stringify(next.global.externalLabels);
    scrape.applyConfig(next);
    if (rulesRestart) {
      // The manager's interval and labels are fixed at creation: start a new one (alert state restarts).
      rules.stop();
      rules = newRules(next);
    }
    rules.update(selectRuleFiles(next.ruleFiles, ruleFiles));
    promConfig = next;
    promYml = text;
    lastReload = { ok: true, atMs: clock.nowMs };
  };

  const system: System = {
    clock,
    world,
    head,
    scrape,
    get rules() {
      return rules;
    },
    alertmanager: am,
    api: createApiHandler(systemApiDeps({
      engine, head,
      scrape: () => scrape,
      rules: () => rules,
      nowMs: () => clock.nowMs,
      startMs: o.startMs,
      configYaml: () => promYml,
      lastReload: () => lastReload,
      alertmanagerUrl: ALERTMANAGER_URL,
      ...(o.scrapeUrlFor !== undefined ? { scrapeUrlFor: o.scrapeUrlFor } : {}),
      host: o.host ?? { hostname: 'playground', cwd: '/' },
    })),
    advance: (ms) => {
      if (!(ms >= 0)) return Promise.reject(new RangeError(`cannot advance by ${ms} ms`));
      return enqueue(() => stepTo({ clock, rules: () => rules, alertmanager: am }, clock.nowMs + Math.floor(ms)));
    },
    runUntil,
    idle: () => enqueue(() => Promise.resolve()),
    clockState: () => ({ nowMs: clock.nowMs, speed: clock.speed, paused }),
    setSpeed: (factor) => {
      if (!(factor >= 1 && factor <= 3600)) throw new RangeError(`speed must be within 1…3600, got ${factor}`);
      clock.setSpeed(factor);
    },
    setPaused: (p) => {
      paused = p;
      carryMs = 0;
    },
    tick: (wallElapsedMs) => {
      if (paused || !(wallElapsedMs > 0)) return Promise.resolve();
      const total = wallElapsedMs * clock.speed + carryMs;
      const whole = Math.floor(total);
      carryMs = total - whole;
      return whole > 0 ? system.advance(whole) : Promise.resolve();
    },
    applyConfig: (kind, text, file = DEFAULT_RULES_FILE) => {
      configured(kind, () => {
        if (kind === 'prometheus') applyPrometheus(text);
        else if (kind === 'alertmanager') {
          am.applyConfig(text, clock.nowMs);
          amYml = text;
        } else {
          // Check the file on its own first: one that rule_files does not select must still be valid.
          loadRuleFiles({ [file]: text });
          const next = { ...ruleFiles, [file]: text };
          rules.update(selectRuleFiles(promConfig.ruleFiles, next));
          ruleFiles = next;
        }
      });
    },
    configText: (kind: ConfigKind, file = DEFAULT_RULES_FILE) => (kind === 'prometheus' ? promYml : kind === 'alertmanager' ? amYml : ruleFiles[file] ?? ''),
    ruleFiles: () => ({ ...ruleFiles }),
    get prometheusConfig() {
      return promConfig;
    },
    query: (q, tMs, opts) => engine.instantQuery(head, q, tMs ?? clock.nowMs, opts),
    queryRange: (q, startMs, endMs, stepMs, opts) => engine.rangeQuery(head, q, startMs, endMs, stepMs, opts),
    startIncident: (kind, opts) => world.incidents.start(kind, opts),
    stopIncident: (id) => world.incidents.stop(id),
    incidents: () => world.incidents.list(),
    push: (req) => world.pushgateway.handle(req, clock.nowMs),
    writeSdFile: (path, text) => {
      if (text === undefined) sdFiles.delete(path);
      else sdFiles.set(path, text);
    },
    targets: () => world.targets().map((t) => ({ ...t, up: world.network.isUp(t.hostPort) })),
    exposition: (hostPort, req = {}) => {
      const r = world.network.request(hostPort, {
        method: 'GET',
        path: req.path ?? '/metrics',
        query: req.query ?? {},
        headers: req.accept !== undefined ? { Accept: req.accept } : {},
        body: '',
        tMs: clock.nowMs,
      }, promConfig.global.scrapeTimeoutMs);
      if (isNetworkError(r)) return { error: r.error };
      return { status: r.status, contentType: r.headers['Content-Type'] ?? 'text/plain; version=0.0.4; charset=utf-8', body: r.body };
    },
    inbox: () => am.inbox(),
    notifications: () => am.timeline(),
    events: (sinceMs, limit) =>
      collectEvents({
        scrapes: () => scrape.events.list(),
        pushes: () => world.pushgateway.events(),
        alerts: () => rules.timeline(),
        notifications: () => am.timeline(),
        incidents: () => world.incidents.list(),
        nowMs: () => clock.nowMs,
      }, sinceMs, limit),
  };
  return system;
}

function parsePrometheus(text: string): PrometheusConfig {
  return configured('prometheus', () => parseConfig(text).config);
}

/** configured runs a step that reads user text, turning the packages' errors into SystemConfigError. */
function configured<T>(kind: ConfigKind, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asConfigError(kind, e);
  }
}
