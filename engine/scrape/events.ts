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

const KIND_SCRAPE = 0;
const KIND_ADDED = 1;
const KIND_REMOVED = 2;

/**
 * EventLog is a ring buffer keeping the last `capacity` events. It keeps
 * them in columns and builds the event objects only when they are listed:
 * a scrape's event lives for the next couple of thousand scrapes, long
 * enough for the garbage collector to copy it twice and move it to the old
 * generation, where an object per scrape would pile up for full collections.
 */
export class EventLog {
  private readonly kind: Uint8Array;
  private readonly job: string[];
  private readonly instance: string[];
  private readonly scrapeUrl: string[];
  /** startMs of a scrape, atMs of a discovery change. */
  private readonly atMs: Float64Array;
  private readonly durationMs: Float64Array;
  private readonly samples: Float64Array;
  /** A failed scrape's error ('' for none). */
  private readonly error: string[];
  private start = 0;
  private count = 0;
  /** Total events ever recorded, so a subscriber can ask for what is new since it last looked. */
  private total = 0;

  constructor(readonly capacity = 2000) {
    const cap = Math.max(1, capacity);
    this.kind = new Uint8Array(cap);
    this.job = new Array<string>(cap).fill('');
    this.instance = new Array<string>(cap).fill('');
    this.scrapeUrl = new Array<string>(cap).fill('');
    this.atMs = new Float64Array(cap);
    this.durationMs = new Float64Array(cap);
    this.samples = new Float64Array(cap);
    this.error = new Array<string>(cap).fill('');
  }

  push(e: ScrapeEvent): void {
    if (e.kind === 'scrape') this.pushScrape(e.job, e.instance, e.scrapeUrl, e.startMs, e.durationMs, e.samples, e.error);
    else this.record(e.kind === 'target-added' ? KIND_ADDED : KIND_REMOVED, e.job, e.instance, e.scrapeUrl, e.atMs, 0, 0, '');
  }

  /** pushScrape records a scrape without an event object (see the class comment). */
  pushScrape(job: string, instance: string, scrapeUrl: string, startMs: number, durationMs: number, samples: number, error?: string): void {
    this.record(KIND_SCRAPE, job, instance, scrapeUrl, startMs, durationMs, samples, error ?? '');
  }

  private record(kind: number, job: string, instance: string, scrapeUrl: string, atMs: number, durationMs: number, samples: number, error: string): void {
    const cap = this.kind.length;
    let i: number;
    if (this.count < cap) {
      i = (this.start + this.count) % cap;
      this.count++;
    } else {
      i = this.start;
      this.start = (this.start + 1) % cap;
    }
    this.kind[i] = kind;
    this.job[i] = job;
    this.instance[i] = instance;
    this.scrapeUrl[i] = scrapeUrl;
    this.atMs[i] = atMs;
    this.durationMs[i] = durationMs;
    this.samples[i] = samples;
    this.error[i] = error;
    this.total++;
  }

  /** sequence is the number of events ever recorded. */
  get sequence(): number {
    return this.total;
  }

  /** list returns the retained events, oldest first; with `since` (a past `sequence`) only newer ones. */
  list(since = 0): ScrapeEvent[] {
    const cap = this.kind.length;
    const skip = Math.max(0, this.count - Math.max(0, this.total - since));
    const out: ScrapeEvent[] = [];
    for (let k = skip; k < this.count; k++) out.push(this.eventAt((this.start + k) % cap));
    return out;
  }

  private eventAt(i: number): ScrapeEvent {
    const job = this.job[i]!;
    const instance = this.instance[i]!;
    const scrapeUrl = this.scrapeUrl[i]!;
    const kind = this.kind[i];
    if (kind !== KIND_SCRAPE) return { kind: kind === KIND_ADDED ? 'target-added' : 'target-removed', job, instance, scrapeUrl, atMs: this.atMs[i]! };
    const scrape = { kind: 'scrape' as const, job, instance, scrapeUrl, startMs: this.atMs[i]!, durationMs: this.durationMs[i]!, samples: this.samples[i]! };
    const error = this.error[i]!;
    return error === '' ? scrape : { ...scrape, error };
  }
}
