import type { TimerId, VirtualClock } from '../sim/index';
import { INCIDENT_KINDS, isIncidentKind, type IncidentKind, type IncidentParams } from './incident-kinds';

/** IncidentOptions starts an incident; every field is optional. */
export interface IncidentOptions {
  /** Service (`api`, `ml`, `node`), host:port, node or pod name; '' targets everything. Default per kind. */
  readonly target?: string;
  /** Start time, virtual ms; default now. Earlier times are clamped to now. */
  readonly atMs?: number;
  /** How long it lasts, ms; absent = until stopped. */
  readonly durationMs?: number;
  /** Kind-specific parameters, over the kind's defaults. */
  readonly params?: IncidentParams;
}

/** Incident is one staged incident. Active on [startMs, endMs). */
export interface Incident {
  readonly id: string;
  readonly kind: IncidentKind;
  readonly target: string;
  readonly params: IncidentParams;
  readonly startMs: number;
  readonly endMs: number | undefined;
}

export type IncidentState = 'scheduled' | 'active' | 'ended';

export interface IncidentView extends Incident {
  readonly state: IncidentState;
}

/** IncidentHooks carry out the incidents that change the world's structure (network, cluster) at their edges. */
export interface IncidentHooks {
  onStart(incident: Incident): void;
  onEnd(incident: Incident): void;
}

interface Entry {
  incident: Incident;
  started: boolean;
  ended: boolean;
  startTimer: TimerId | undefined;
  endTimer: TimerId | undefined;
}

/**
 * Incidents stages incidents in virtual time. Their effect on metrics is a
 * function of the list and the time (`activeAt`), which the signal
 * functions consult; structural effects run through the hooks on the clock,
 * at the incident's start and end, in order with everything else the clock runs.
 */
export class Incidents {
  private readonly entries: Entry[] = [];
  private count = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly hooks: IncidentHooks,
  ) {}

  /** start stages an incident and returns its id (`kind-N`). Unknown kinds throw. */
  start(kind: IncidentKind | string, opts: IncidentOptions = {}): string {
    if (!isIncidentKind(kind)) throw new Error(`unknown incident kind ${JSON.stringify(kind)}; known: ${Object.keys(INCIDENT_KINDS).join(', ')}`);
    const info = INCIDENT_KINDS[kind];
    const now = this.clock.nowMs;
    const startMs = Math.max(now, Math.floor(opts.atMs ?? now));
    if (opts.durationMs !== undefined && !(opts.durationMs > 0)) throw new Error(`incident duration must be > 0 ms, got ${opts.durationMs}`);
    const incident: Incident = {
      id: `${kind}-${++this.count}`,
      kind,
      target: opts.target ?? info.defaultTarget,
      params: { ...info.defaults, ...opts.params },
      startMs,
      endMs: opts.durationMs === undefined ? undefined : startMs + Math.floor(opts.durationMs),
    };
    const e: Entry = { incident, started: false, ended: false, startTimer: undefined, endTimer: undefined };
    this.entries.push(e);
    e.startTimer = this.clock.schedule(startMs, () => this.begin(e));
    if (incident.endMs !== undefined) e.endTimer = this.clock.schedule(incident.endMs, () => this.finish(e));
    if (startMs === now) this.begin(e);
    return incident.id;
  }

  /** stop ends an incident now (a scheduled one is dropped before it starts). Unknown ids throw. */
  stop(id: string): void {
    const e = this.entries.find((x) => x.incident.id === id);
    if (e === undefined) throw new Error(`no incident ${JSON.stringify(id)}`);
    if (e.ended) return;
    const now = this.clock.nowMs;
    if (e.startTimer !== undefined) this.clock.cancel(e.startTimer);
    if (e.endTimer !== undefined) this.clock.cancel(e.endTimer);
    e.incident = { ...e.incident, endMs: e.started ? now : e.incident.startMs };
    this.finish(e);
  }

  /** list returns every incident with its state at the current time, oldest first. */
  list(): IncidentView[] {
    const now = this.clock.nowMs;
    return this.entries.map((e) => ({ ...e.incident, state: e.ended ? 'ended' : stateAt(e.incident, now) }));
  }

  /** activeAt returns the incidents of `kind` active at `tMs`, oldest first. */
  activeAt(kind: IncidentKind, tMs: number): Incident[] {
    const out: Incident[] = [];
    for (const e of this.entries) {
      const i = e.incident;
      if (i.kind === kind && tMs >= i.startMs && (i.endMs === undefined || tMs < i.endMs)) out.push(i);
    }
    return out;
  }

  /** has tells whether an incident of `kind` exists at all (a cheap pre-check for the hot paths). */
  has(kind: IncidentKind): boolean {
    // A plain loop: `some` with a closure over `kind` allocates on every call.
    for (const e of this.entries) if (e.incident.kind === kind) return true;
    return false;
  }

  private begin(e: Entry): void {
    if (e.started || e.ended) return;
    e.started = true;
    if (e.startTimer !== undefined) this.clock.cancel(e.startTimer);
    this.hooks.onStart(e.incident);
  }

  private finish(e: Entry): void {
    if (e.ended) return;
    e.ended = true;
    if (e.started) this.hooks.onEnd(e.incident);
  }
}

function stateAt(i: Incident, now: number): IncidentState {
  if (i.endMs !== undefined && now >= i.endMs) return 'ended';
  return now >= i.startMs ? 'active' : 'scheduled';
}
