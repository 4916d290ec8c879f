import { createWorldHost, type WorldHost } from './worldHost';
import type { WorkerMessage, WorldInfo, WorldSetup } from './protocol';

function clockKey(c: { nowMs: number; speed: number; paused: boolean }): string {
  return `${c.nowMs}/${c.speed}/${c.paused}`;
}

/** The setup a tab starts with: the default world, seed 1, an hour of history. */
export const DEFAULT_SETUP: WorldSetup = { seed: 1 };

/**
 * The most wall time one tick simulates. When the world cannot keep up with
 * the chosen speed it falls behind instead of taking ever longer ticks, so
 * queries are answered between ticks.
 */
const MAX_TICK_WALL_MS = 1000;

/**
 * WorldSession owns the worker's current world: builds it, replaces it on
 * reset (keeping the old one when the new setup is invalid), drives its
 * clock from wall time and tells the page about every change.
 */
export class WorldSession {
  private host: Promise<WorldHost>;
  /** The clock last announced (now, speed, paused): a pause or speed change is news too. */
  private lastClock = '';

  constructor(
    setup: WorldSetup,
    private readonly emit: (msg: WorkerMessage) => void,
    private readonly yieldNow: () => Promise<void>,
    clock: { readonly speed?: number; readonly paused?: boolean } = {},
  ) {
    // A kept world that no longer builds (say, a config the engine now rejects) gives way to the default.
    this.host = (setup === DEFAULT_SETUP ? this.build(setup) : this.build(setup).catch(() => this.build(DEFAULT_SETUP))).then((h) => {
      try {
        if (clock.speed !== undefined) h.system.setSpeed(clock.speed);
        if (clock.paused !== undefined) h.system.setPaused(clock.paused);
      } catch {
        // An out-of-range speed keeps the default.
      }
      return h;
    });
    this.host.then((h) => this.announce(h), () => {});
  }

  /** current resolves to the running world (waiting for a build in progress). */
  current(): Promise<WorldHost> {
    return this.host;
  }

  /** reset builds a world from `setup`; if that throws, the running world stays and the error propagates. */
  async reset(setup: WorldSetup): Promise<WorldInfo> {
    const next = await this.build(setup);
    // The clock's speed and pause carry over: they are the learner's controls, not part of the world.
    const old = (await this.host).system.clockState();
    next.system.setSpeed(old.speed);
    next.system.setPaused(old.paused);
    this.host = Promise.resolve(next);
    this.lastClock = '';
    return this.announce(next);
  }

  /** tick turns `wallElapsedMs` of real time into virtual time at the world's speed. */
  async tick(wallElapsedMs: number): Promise<void> {
    const host = await this.host;
    await host.system.tick(Math.min(wallElapsedMs, MAX_TICK_WALL_MS));
    if (host === (await this.host) && clockKey(host.system.clockState()) !== this.lastClock) this.announce(host);
  }

  /** announce posts the world's info (the page redraws relative ranges from it). */
  announce(host: WorldHost): WorldInfo {
    const info = host.info();
    this.lastClock = clockKey(info.clock);
    this.emit({ kind: 'world', info });
    return info;
  }

  private build(setup: WorldSetup): Promise<WorldHost> {
    return createWorldHost(setup, (doneMs, totalMs) => this.emit({ kind: 'building', doneMs, totalMs }), this.yieldNow);
  }
}
