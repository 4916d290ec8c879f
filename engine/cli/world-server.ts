/**
 * startWorldServer serves a simulated world over HTTP (world-routes.ts) and,
 * unless told not to, drives its clock from the wall clock: every
 * TICK_MS the elapsed real time × speed is simulated.
 */
import { hostname } from 'node:os';
import { createSystem, type System } from '../system/index';
import { listen, type RunningServer } from './http-listen';
import { createWorldHandler, simTargetUrl } from '../http/index';

/** How often the real-time loop advances the world, wall ms. */
const TICK_MS = 250;
/**
 * The most wall time one tick simulates. When the world cannot keep up with
 * the chosen speed it falls behind instead of taking ever longer ticks, so
 * the server keeps answering between them.
 */
const MAX_TICK_WALL_MS = 1000;

export interface WorldServerOptions {
  readonly seed: number;
  /** Virtual start time (default: the wall clock at start, whole seconds). */
  readonly startMs?: number;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  /** Virtual ms per wall ms (1…3600, default 1). */
  readonly speed?: number;
  readonly paused?: boolean;
  /** false: no real-time loop; time moves only through /api/sim/advance (tests). Default true. */
  readonly realTime?: boolean;
}

export interface RunningWorldServer extends RunningServer {
  readonly system: System;
}

export async function startWorldServer(o: WorldServerOptions): Promise<RunningWorldServer> {
  let baseUrl = '';
  const system = createSystem({
    seed: o.seed,
    startMs: o.startMs ?? Math.floor(Date.now() / 1000) * 1000,
    // Targets API scrapeUrls point back at this server, so a real Prometheus can scrape the simulated targets.
    scrapeUrlFor: (hostPort, path) => simTargetUrl(baseUrl, hostPort, path),
    host: { hostname: hostname(), cwd: process.cwd(), elapsedMs: () => performance.now(), goVersion: `none (node ${process.version})` },
  });
  if (o.speed !== undefined) system.setSpeed(o.speed);
  system.setPaused(o.paused === true);
  const server = await listen(createWorldHandler(system), o.port, o.host);
  baseUrl = server.url;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  if (o.realTime !== false) {
    let last = performance.now();
    const loop = (): void => {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      system.tick(Math.min(elapsed, MAX_TICK_WALL_MS)).then(
        () => {
          if (!stopped) timer = setTimeout(loop, TICK_MS);
        },
        (e: unknown) => console.error('world tick failed:', e),
      );
    };
    timer = setTimeout(loop, TICK_MS);
  }
  return {
    url: server.url,
    port: server.port,
    system,
    close: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await server.close();
    },
  };
}
