import { newEventRing, type EventRing } from './events';
import { newSelfMetrics, type BuildInfo, type SelfMetrics } from './self-metrics';
import type { Store } from './store';

/** PushgatewayState is everything a Pushgateway instance remembers. */
export interface PushgatewayState {
  readonly store: Store;
  readonly self: SelfMetrics;
  readonly events: EventRing;
  readonly build: BuildInfo;
  readonly startMs: number;
  readonly enableAdminApi: boolean;
  /** The latest time seen by `handle`, used when rendering without an explicit time. */
  lastMs: number;
}

/** PushgatewayOptions configures a new instance; every field is optional. */
export interface PushgatewayOptions {
  /** Process start (ms since epoch), shown by `/api/v1/status`. Default 0. */
  readonly startMs?: number;
  /** Serve `/api/v1/admin/wipe` (the real flag `--web.enable-admin-api` defaults to false). Default true. */
  readonly enableAdminApi?: boolean;
  readonly build?: Partial<BuildInfo>;
}

const DEFAULT_BUILD: BuildInfo = {
  version: '1.5.1',
  revision: 'prometheus-playground',
  branch: 'main',
  buildUser: 'playground',
  buildDate: '',
  goVersion: 'typescript',
};

export function newPushgatewayState(options: PushgatewayOptions = {}): PushgatewayState {
  const startMs = options.startMs ?? 0;
  return {
    store: new Map(),
    self: newSelfMetrics(),
    events: newEventRing(),
    build: { ...DEFAULT_BUILD, ...options.build },
    startMs,
    enableAdminApi: options.enableAdminApi ?? true,
    lastMs: startMs,
  };
}

/** flags lists the command-line flags `/api/v1/status` reports, with the values this playground behaves as. */
export function flags(state: PushgatewayState): Record<string, string> {
  return {
    'log.format': 'logfmt',
    'log.level': 'info',
    'persistence.file': '',
    'persistence.interval': '5m0s',
    'push.disable-consistency-check': 'false',
    'web.config.file': '',
    'web.enable-admin-api': String(state.enableAdminApi),
    'web.enable-lifecycle': 'false',
    'web.external-url': '',
    'web.listen-address': ':9091',
    'web.local-assets': '',
    'web.route-prefix': '',
    'web.systemd-socket': 'false',
    'web.telemetry-path': '/metrics',
  };
}
