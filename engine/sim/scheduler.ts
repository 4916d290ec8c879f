/**
 * A deterministic timer queue for virtual time: tasks run in order of their
 * due time, ties broken by registration order, so the same registrations
 * always run in the same sequence whatever the host does.
 */

/** TimerId identifies a scheduled task so it can be cancelled. */
export type TimerId = number;

interface Entry {
  atMs: number;
  /** Registration sequence: the tie-breaker for equal times. */
  seq: number;
  readonly id: TimerId;
  readonly fn: (atMs: number) => void;
  /** Repeat period in ms; 0 for a one-shot task. */
  readonly everyMs: number;
}

/**
 * Scheduler is a binary min-heap of tasks keyed by (atMs, seq). A repeating
 * task is re-queued after each run with a fresh sequence number, so two tasks
 * due at the same instant keep the order in which they were (re)queued.
 */
export class Scheduler {
  private readonly heap: Entry[] = [];
  private readonly live = new Set<TimerId>();
  private nextSeq = 0;
  private nextId = 1;

  /** add queues `fn` at `atMs`, repeating every `everyMs` when that is > 0. */
  add(atMs: number, fn: (atMs: number) => void, everyMs = 0): TimerId {
    if (!Number.isFinite(atMs)) throw new Error(`scheduler: invalid time ${atMs}`);
    if (everyMs < 0 || !Number.isFinite(everyMs)) throw new Error(`scheduler: invalid period ${everyMs}`);
    const id = this.nextId++;
    this.live.add(id);
    this.push({ atMs: Math.floor(atMs), seq: this.nextSeq++, id, fn, everyMs: Math.floor(everyMs) });
    return id;
  }

  /** cancel removes a task; cancelling an unknown or finished task does nothing. */
  cancel(id: TimerId): void {
    // Lazy deletion: the entry stays in the heap and is skipped when it surfaces.
    this.live.delete(id);
  }

  /** nextDueMs is the due time of the earliest live task, or undefined. */
  nextDueMs(): number | undefined {
    this.dropDead();
    return this.heap[0]?.atMs;
  }

  /** size is the number of live tasks. */
  get size(): number {
    return this.live.size;
  }

  /**
   * runDue runs every task due at or before `untilMs`, in order. `onRun` is
   * told each task's due time before it runs so the clock can show that time
   * to the task. Tasks queued while running are honoured if they fall due.
   */
  runDue(untilMs: number, onRun: (atMs: number) => void): number {
    let ran = 0;
    for (;;) {
      this.dropDead();
      const top = this.heap[0];
      if (top === undefined || top.atMs > untilMs) return ran;
      this.pop();
      const dueMs = top.atMs;
      onRun(dueMs);
      if (top.everyMs > 0) {
        top.atMs += top.everyMs;
        top.seq = this.nextSeq++;
        this.push(top);
      } else {
        this.live.delete(top.id);
      }
      top.fn(dueMs);
      ran++;
    }
  }

  private dropDead(): void {
    while (this.heap.length > 0 && !this.live.has(this.heap[0]!.id)) this.pop();
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && less(h[l]!, h[m]!)) m = l;
      if (r < h.length && less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

function less(a: Entry, b: Entry): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}
