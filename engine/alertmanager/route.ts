/**
 * The routing tree at run time: each node's options with inheritance and
 * defaults applied (group_wait 30s, group_interval 5m, repeat_interval 4h),
 * its key as Alertmanager prints it in group keys (`{}/{severity="page"}`),
 * and depth-first matching with `continue`.
 */
import type { CompiledMatcher } from '../model/matchers';
import type { RouteConfig } from './config-types';
import { matchersString, matchesLabelSet } from './matchers';
import type { LabelSet } from './types';

export interface RouteOpts {
  readonly receiver: string;
  readonly groupBy: ReadonlySet<string>;
  /** group_by: ['...'] — every label is a group label. */
  readonly groupByAll: boolean;
  readonly groupWaitMs: number;
  readonly groupIntervalMs: number;
  readonly repeatIntervalMs: number;
  /** Time intervals are not inherited: they apply to the route that names them. */
  readonly muteTimeIntervals: readonly string[];
  readonly activeTimeIntervals: readonly string[];
}

export interface Route {
  /** id is the route's path of child indices (`0`, `0/2`): aggregation groups belong to one route node. */
  readonly id: string;
  /** key is the route's identity in group keys: the parent's key, `/`, then the sorted matchers. */
  readonly key: string;
  readonly opts: RouteOpts;
  readonly matchers: readonly CompiledMatcher[];
  readonly continue: boolean;
  readonly routes: readonly Route[];
}

const DEFAULT_ROUTE_OPTS: RouteOpts = {
  receiver: '',
  groupBy: new Set(),
  groupByAll: false,
  groupWaitMs: 30_000,
  groupIntervalMs: 5 * 60_000,
  repeatIntervalMs: 4 * 3_600_000,
  muteTimeIntervals: [],
  activeTimeIntervals: [],
};

/** buildRoute turns the configured tree into run-time routes. */
export function buildRoute(cfg: RouteConfig, parent: Route | null = null, index = 0): Route {
  const base = parent?.opts ?? DEFAULT_ROUTE_OPTS;
  const explicit = cfg.groupBy?.filter((l) => l !== '...');
  const opts: RouteOpts = {
    receiver: cfg.receiver !== undefined && cfg.receiver !== '' ? cfg.receiver : base.receiver,
    // A route that writes group_by replaces the parent's grouping entirely.
    groupBy: explicit !== undefined ? new Set(explicit) : base.groupBy,
    groupByAll: cfg.groupBy !== undefined ? cfg.groupBy.includes('...') : base.groupByAll,
    groupWaitMs: cfg.groupWaitMs ?? base.groupWaitMs,
    groupIntervalMs: cfg.groupIntervalMs ?? base.groupIntervalMs,
    repeatIntervalMs: cfg.repeatIntervalMs ?? base.repeatIntervalMs,
    muteTimeIntervals: cfg.muteTimeIntervals,
    activeTimeIntervals: cfg.activeTimeIntervals,
  };
  const id = parent === null ? '0' : `${parent.id}/${index}`;
  const key = parent === null ? matchersString(cfg.matchers) : `${parent.key}/${matchersString(cfg.matchers)}`;
  const route: { -readonly [K in keyof Route]: Route[K] } = { id, key, opts, matchers: cfg.matchers, continue: cfg.continue, routes: [] };
  route.routes = cfg.routes.map((c, i) => buildRoute(c, route, i));
  return route;
}

/**
 * matchRoutes returns the routes an alert goes to: depth-first, the first
 * matching child wins unless it has `continue: true`; a node with no matching
 * child is itself the match.
 */
export function matchRoutes(route: Route, labels: LabelSet): Route[] {
  if (!matchesLabelSet(route.matchers, labels)) return [];
  const all: Route[] = [];
  for (const child of route.routes) {
    const matches = matchRoutes(child, labels);
    all.push(...matches);
    if (matches.length > 0 && !child.continue) break;
  }
  if (all.length === 0) all.push(route);
  return all;
}

/** groupLabelsFor picks the alert's labels that the route groups by. */
export function groupLabelsFor(route: Route, labels: LabelSet): LabelSet {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) {
    if (route.opts.groupByAll || route.opts.groupBy.has(name)) out[name] = value;
  }
  return out;
}
