/**
 * ScrapeEvent is one entry of the pull timeline: a scrape (with its outcome)
 * or a discovery change. Times are virtual ms.
 */
export type ScrapeEvent =
  | {
      readonly kind: 'scrape';
      readonly job: string;
      readonly instance: string;
      readonly scrapeUrl: string;
      readonly startMs: number;
      readonly durationMs: number;
      /** Samples stored (after metric relabeling); 0 for a failed scrape. */
      readonly samples: number;
      readonly error?: string;
    }
  | {
      readonly kind: 'target-added' | 'target-removed';
      readonly job: string;
      readonly instance: string;
      readonly scrapeUrl: string;
      readonly atMs: number;
    };

/** EventLog is a ring buffer keeping the last `capacity` events. */
export class EventLog {
  private readonly buf: (ScrapeEvent | undefined)[];
  private start = 0;
  private count = 0;
  /** Total events ever recorded, so a subscriber can ask for what is new since it last looked. */
  private total = 0;

  constructor(readonly capacity = 2000) {
    this.buf = new Array<ScrapeEvent | undefined>(Math.max(1, capacity));
  }

  push(e: ScrapeEvent): void {
    const cap = this.buf.length;
    if (this.count < cap) {
      this.buf[(this.start + this.count) % cap] = e;
      this.count++;
    } else {
      this.buf[this.start] = e;
      this.start = (this.start + 1) % cap;
    }
    this.total++;
  }

  /** sequence is the number of events ever recorded. */
  get sequence(): number {
    return this.total;
  }

  /** list returns the retained events, oldest first; with `since` (a past `sequence`) only newer ones. */
  list(since = 0): ScrapeEvent[] {
    const cap = this.buf.length;
    const skip = Math.max(0, this.count - Math.max(0, this.total - since));
    const out: ScrapeEvent[] = [];
    for (let i = skip; i < this.count; i++) out.push(this.buf[(this.start + i) % cap]!);
    return out;
  }
}
