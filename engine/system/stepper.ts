import type { Alertmanager } from '../alertmanager/index';
import type { RuleManager } from '../rules/index';
import type { VirtualClock } from '../sim/index';

/** The parts whose work must interleave in time order. */
export interface StepParts {
  readonly clock: VirtualClock;
  readonly rules: () => RuleManager;
  readonly alertmanager: Alertmanager;
}

/**
 * stepTo moves the world to `targetMs` one due time at a time. At each
 * instant the clock first runs everything due then (exporter steps,
 * scrapes, incident edges, rule evaluations are queued), then the rule
 * evaluations are awaited (they are asynchronous) so their alerts reach the
 * Alertmanager stamped with that instant, and only then does the
 * Alertmanager run its flushes up to it. Nothing due later has happened
 * yet when a rule reads the TSDB, so a rule at t sees exactly the scrapes
 * up to t.
 */
export async function stepTo(p: StepParts, targetMs: number): Promise<void> {
  const { clock, alertmanager: am } = p;
  // The first instant may be now itself (tasks queued at the current time); after that, strictly forward.
  let lastMs = clock.nowMs - 1;
  for (;;) {
    const next = earliest(clock.nextDueMs(), am.nextWakeup() ?? undefined);
    if (next === undefined || next > targetMs) break;
    const at = Math.max(next, lastMs + 1, clock.nowMs);
    if (at > targetMs) break;
    clock.jumpTo(at);
    await p.rules().idle();
    am.tick(at);
    lastMs = at;
  }
  if (targetMs > clock.nowMs) clock.jumpTo(targetMs);
  await p.rules().idle();
  am.tick(clock.nowMs);
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
