import { Scheduler, type TimerId } from './scheduler';

/**
 * VirtualClock is the world's only source of time, in integer ms since the
 * Unix epoch. It moves only when told to (`advance`, `jumpTo`, or `tick`
 * while playing), and runs scheduled tasks in (time, registration) order as
 * it passes their due times, showing each task its own due time as `nowMs`.
 */
export class VirtualClock {
  private now: number;
  private playing = false;
  private speedFactor = 1;
  /** Fractional ms carried between ticks so speed × wall time adds up exactly. */
  private carryMs = 0;
  private readonly scheduler = new Scheduler();

  constructor(startMs: number) {
    if (!Number.isInteger(startMs)) throw new Error(`clock: start must be integer ms, got ${startMs}`);
    this.now = startMs;
  }

  /** nowMs is the current virtual time. */
  get nowMs(): number {
    return this.now;
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** speed is the virtual ms per wall ms while playing (1…3600). */
  get speed(): number {
    return this.speedFactor;
  }

  play(): void {
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
    this.carryMs = 0;
  }

  /** setSpeed sets the play rate; it must be within ×1…×3600. */
  setSpeed(factor: number): void {
    if (!(factor >= 1 && factor <= 3600)) throw new Error(`clock: speed must be within 1…3600, got ${factor}`);
    this.speedFactor = factor;
  }

  /**
   * tick is how a host loop drives a playing clock: `wallElapsedMs` of real
   * time become `wallElapsedMs × speed` of virtual time. A paused clock ignores it.
   */
  tick(wallElapsedMs: number): void {
    if (!this.playing || !(wallElapsedMs > 0)) return;
    const total = wallElapsedMs * this.speedFactor + this.carryMs;
    const whole = Math.floor(total);
    this.carryMs = total - whole;
    if (whole > 0) this.advance(whole);
  }

  /** advance moves time forward by `ms` (≥ 0), running due tasks on the way. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`clock: cannot advance by ${ms}`);
    this.jumpTo(this.now + Math.floor(ms));
  }

  /**
   * jumpTo moves time forward to `tMs`, running every task due on the way in
   * order; the clock reads each task's due time while it runs. Time never
   * goes backwards: an earlier `tMs` throws.
   */
  jumpTo(tMs: number): void {
    const target = Math.floor(tMs);
    if (target < this.now) throw new Error(`clock: cannot go back from ${this.now} to ${target}`);
    this.scheduler.runDue(target, (dueMs) => {
      // A task added "in the past" during a run fires at once but cannot rewind time.
      if (dueMs > this.now) this.now = dueMs;
    });
    this.now = target;
  }

  /** schedule runs `fn` once when time reaches `atMs` (immediately at the next move if already past). */
  schedule(atMs: number, fn: (nowMs: number) => void): TimerId {
    return this.scheduler.add(atMs, fn);
  }

  /**
   * every runs `fn` at `firstMs`, then every `periodMs` (> 0) after it. The
   * scrape manager and the rule evaluator register their loops this way.
   */
  every(periodMs: number, fn: (nowMs: number) => void, firstMs: number = this.now + periodMs): TimerId {
    if (!(periodMs > 0)) throw new Error(`clock: period must be > 0, got ${periodMs}`);
    return this.scheduler.add(firstMs, fn, periodMs);
  }

  /** cancel stops a task registered with `schedule` or `every`. */
  cancel(id: TimerId): void {
    this.scheduler.cancel(id);
  }

  /** nextDueMs is when the next task is due, or undefined when none is queued. */
  nextDueMs(): number | undefined {
    return this.scheduler.nextDueMs();
  }

  /** pendingTasks counts the live tasks. */
  get pendingTasks(): number {
    return this.scheduler.size;
  }
}
