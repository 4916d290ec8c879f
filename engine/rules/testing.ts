import { labelsFromRecord } from '../model/labels';
import { createEngine } from '../promql/engine';
import { VirtualClock } from '../sim/clock';
import { createHead } from '../tsdb/index';
import type { Head } from '../tsdb/index';
import { createRuleManager, type RuleManager, type RuleManagerOptions } from './manager';
import type { AlertForSend } from './notify';
import { queryFuncFrom } from './query-func';

/**
 * Test helpers, not used by the engine. A small world for the rules tests: a TSDB head, the real PromQL
 * engine, a virtual clock and a manager whose notifications are recorded.
 * It is the one file here that touches the TSDB and the engine, standing in
 * for the system composer.
 */
export interface TestWorld {
  readonly clock: VirtualClock;
  readonly head: Head;
  readonly manager: RuleManager;
  /** Every notify call, with the virtual time it happened at. */
  readonly sent: { tMs: number; alerts: readonly AlertForSend[] }[];
  /** step advances the clock by `ms` in `stepMs` hops, letting evaluations finish after each. */
  step(ms: number, stepMs?: number): Promise<void>;
  /** instant runs a query now and returns `labels → value` pairs printed compactly. */
  instant(expr: string, tMs?: number): Promise<Record<string, number>>;
}

export const T0 = 1_700_000_000_000;

export function createTestWorld(opts: Partial<RuleManagerOptions> = {}): TestWorld {
  const clock = new VirtualClock(T0);
  const head = createHead();
  const engine = createEngine();
  const sent: { tMs: number; alerts: readonly AlertForSend[] }[] = [];
  const query = queryFuncFrom((q, t) => engine.instantQuery(head, q, t));
  const manager = createRuleManager({
    clock,
    query,
    appender: head.appender(),
    notify: (alerts, tMs) => sent.push({ tMs, alerts }),
    evaluationIntervalMs: 15_000,
    ...opts,
  });
  return {
    clock,
    head,
    manager,
    sent,
    async step(ms, stepMs = 15_000) {
      for (let done = 0; done < ms; done += stepMs) {
        clock.advance(Math.min(stepMs, ms - done));
        await manager.idle();
      }
    },
    async instant(expr, tMs = clock.nowMs) {
      const v = await query(expr, tMs);
      const out: Record<string, number> = {};
      for (const s of v) out[s.labels.map((l) => `${l.name}=${l.value}`).join(',')] = s.v;
      return out;
    },
  };
}

/** scrapeEvery appends `value(tMs)` for one series every `everyMs`, like a scrape loop would. */
export function scrapeEvery(w: TestWorld, labels: Readonly<Record<string, string>>, value: (tMs: number) => number | undefined, everyMs = 15_000): void {
  const app = w.head.appender();
  const lbs = labelsFromRecord(labels);
  w.clock.every(everyMs, (t) => {
    const v = value(t);
    if (v !== undefined) app.append(lbs, t, v);
  }, w.clock.nowMs);
}

/** evalSlots lists the first group's evaluation times from the world's start up to `untilMs`. */
export function evalSlots(w: TestWorld, untilMs: number): number[] {
  const g = w.manager.groups()[0]!;
  const out: number[] = [];
  for (let t = g.firstEvalMs(T0); t <= untilMs; t += g.intervalMs) out.push(t);
  return out;
}
