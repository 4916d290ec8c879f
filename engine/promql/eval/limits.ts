import { ERR_CANCELED, ERR_TIMEOUT, ERR_TOO_MANY_SAMPLES, QueryError } from '../errors';
import { wallClockMs, yieldToHost, type AbortSignalLike } from '../../platform';

/** How long evaluation may run before it yields to the host, ms. */
const YIELD_EVERY_MS = 10;

/**
 * Limits enforces a query's sample limit, timeout and cancellation, and keeps
 * the sample statistics. Samples are counted like Prometheus counts them: the
 * number of samples currently held in memory by the evaluation, with the
 * peak remembered.
 */
export class Limits {
  current = 0;
  peak = 0;
  /** Samples read from storage (Prometheus's totalQueryableSamples). */
  totalRead = 0;
  private readonly deadlineMs: number;
  private lastYieldMs: number;

  constructor(
    private readonly maxSamples: number,
    timeoutMs: number,
    private readonly signal: AbortSignalLike | undefined,
  ) {
    const now = wallClockMs();
    this.deadlineMs = now + timeoutMs;
    this.lastYieldMs = now;
  }

  /** hold accounts for `n` more samples in memory; throws past the limit. */
  hold(n: number): void {
    this.current += n;
    if (this.current > this.peak) this.peak = this.current;
    if (this.current > this.maxSamples) throw new QueryError('execution', ERR_TOO_MANY_SAMPLES);
  }

  /**
   * settle ends a node's evaluation: what its children held is released and
   * only the node's own output (`outputSamples`) stays counted.
   */
  settle(heldBefore: number, outputSamples: number): void {
    this.current = heldBefore;
    this.hold(outputSamples);
  }

  /**
   * ensureStepsFit rejects a grid with more steps than the sample limit before
   * any per-step array is allocated: one series over it would already exceed
   * the limit, and allocating it first can exhaust a browser tab's memory
   * (`[1y:1s]` is 31.5M steps). Below a million steps the arrays are small
   * and the exact accounting decides, as in Prometheus.
   */
  ensureStepsFit(steps: number): void {
    if (steps > this.maxSamples && steps > 1_000_000) throw new QueryError('execution', ERR_TOO_MANY_SAMPLES);
  }

  /** check throws when the query was canceled or ran out of time. */
  check(): void {
    if (this.signal?.aborted) throw new QueryError('canceled', ERR_CANCELED);
    if (wallClockMs() > this.deadlineMs) throw new QueryError('timeout', ERR_TIMEOUT);
  }

  /**
   * checkpoint is called between units of work (a series, a step): it checks
   * cancellation and timeout, and every ~10ms of work yields to the host so
   * that a cancel message can arrive. Returns a promise only when yielding.
   */
  checkpoint(): Promise<void> | undefined {
    if (this.signal?.aborted) throw new QueryError('canceled', ERR_CANCELED);
    const now = wallClockMs();
    if (now > this.deadlineMs) throw new QueryError('timeout', ERR_TIMEOUT);
    if (now - this.lastYieldMs < YIELD_EVERY_MS) return undefined;
    return this.yieldNow();
  }

  private async yieldNow(): Promise<void> {
    await yieldToHost();
    this.lastYieldMs = wallClockMs();
    this.check();
  }
}
