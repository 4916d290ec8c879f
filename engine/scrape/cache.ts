import type { Labels } from '../model/labels';
import type { SampleValues } from '../sim';
import type { AppendBatch, Appender, SeriesRef } from '../storage/interface';
import { readFloat, readInt } from './lines';

/**
 * The scrape cache of one target, in the spirit of Prometheus's: the stored
 * label set of every series line seen, keyed by the line's series text, so
 * that a repeated line costs a string comparison instead of parsing labels,
 * merging target labels and relabeling. The stored Labels objects are reused
 * for every append, which also lets the TSDB find the series by identity.
 *
 * It also remembers the layout of the last body that went through the full
 * parser: when the next body has the very same lines in the same order
 * (only values changing, the usual case), `readFast` reads it directly.
 * Anything else (a new line, a new order, an unusual value) returns false
 * and the caller parses the body properly.
 */

/** SeriesLine is a sample line: `prefix` is its series text plus the separator. */
export interface SeriesLine {
  readonly kind: 'sample';
  readonly prefix: string;
  /** The stored labels; null when metric relabeling drops the series. */
  readonly labels: Labels | null;
  /** The storage's handle of the series (see Appender.appendRef), once a sample was stored. */
  ref?: SeriesRef;
}

/** KeptLine is a sample line whose series is stored (not dropped by relabeling). */
export interface KeptLine extends SeriesLine {
  readonly labels: Labels;
}

/** OtherLine is a comment or blank line, compared verbatim. */
export interface OtherLine {
  readonly kind: 'other';
  readonly text: string;
}

export type LayoutLine = SeriesLine | OtherLine;

/**
 * PendingSamples buffers a scrape's appends so a failed scrape appends
 * nothing (Prometheus rolls back). Each sample keeps the cache line it came
 * from, which carries the series ref for the append.
 */
export class PendingSamples {
  lines: KeptLine[] = [];
  vs: number[] = [];
  ts: number[] = [];
  length = 0;
  /** oneTime is true while every sample so far has the first one's timestamp (the usual scrape). */
  oneTime = true;
  /**
   * values, when set, stands for the samples in place of lines, ts and vs:
   * the cached layout's kept lines in order, all at the scrape's time, with
   * these values (an endpoint's SampleValues, borrowed, not copied). Set
   * only for storage that takes the layout's prepared batch (see readValues).
   */
  values: readonly number[] | undefined;

  reset(): void {
    this.length = 0;
    this.oneTime = true;
    this.values = undefined;
  }

  push(line: KeptLine, t: number, v: number): void {
    const i = this.length++;
    this.lines[i] = line;
    this.vs[i] = v;
    this.ts[i] = t;
    if (t !== this.ts[0]) this.oneTime = false;
  }
}

export class ScrapeCache {
  readonly series = new Map<string, SeriesLine>();
  private lines: LayoutLine[] | null = null;
  /** The constant text around the values: body = gaps[0] v0 gaps[1] v1 … v(n-1) gaps[n]. */
  private gaps: string[] = [];
  /** The kept series of each value hole (null: dropped by metric relabeling). */
  private holes: (KeptLine | null)[] = [];
  layoutContentType = '';
  /** Number of sample lines in the layout (what scrape_samples_scraped reports). */
  layoutSamples = 0;
  /** The SampleValues layout known to print this cache's layout, whose values fill the holes in order. */
  private valuesLayout: object | null = null;
  /** allKept is set when metric relabeling dropped none of the layout's lines. */
  private allKept = false;
  /** The storage's prepared batch of the kept holes, and the appender that prepared it (see batchFor). */
  private batch: AppendBatch | undefined;
  private batchAppender: Appender | undefined;

  get layout(): readonly LayoutLine[] | null {
    return this.lines;
  }

  clear(): void {
    this.series.clear();
    this.forgetLayout();
  }

  forgetLayout(): void {
    this.lines = null;
    this.gaps = [];
    this.holes = [];
    this.valuesLayout = null;
    this.batch = undefined;
  }

  /**
   * batchFor returns `app`'s prepared batch of the layout's kept lines: the
   * series, in order, that readValues and readFast fill `out` with. Undefined
   * when there is no layout or the appender takes no batches.
   */
  batchFor(app: Appender): AppendBatch | undefined {
    if (app.prepareBatch === undefined || this.lines === null) return undefined;
    if (this.batch === undefined || this.batchAppender !== app) {
      this.batch = app.prepareBatch(this.holes.filter((h): h is KeptLine => h !== null));
      this.batchAppender = app;
    }
    return this.batch;
  }

  /**
   * setLayout remembers the lines of a body that went through the full
   * parser; `trailingNewline` says whether the body ended with '\n'.
   */
  setLayout(lines: LayoutLine[], contentType: string, trailingNewline: boolean): void {
    const gaps: string[] = [];
    const holes: (KeptLine | null)[] = [];
    let cur = '';
    lines.forEach((line, i) => {
      if (i > 0) cur += '\n';
      if (line.kind === 'other') {
        cur += line.text;
        return;
      }
      gaps.push(cur + line.prefix);
      holes.push(isKept(line) ? line : null);
      cur = '';
    });
    if (trailingNewline) cur += '\n';
    gaps.push(cur);
    this.lines = lines;
    this.gaps = gaps;
    this.holes = holes;
    this.allKept = holes.every((h) => h !== null);
    this.valuesLayout = null;
    this.batch = undefined;
    this.layoutContentType = contentType;
    this.layoutSamples = holes.length;
  }

  /**
   * bindValues records that the body just read, which followed the
   * remembered layout, was printed from SampleValues with `layout`: its
   * `count` values are the layout's sample lines in order (and it carried no
   * timestamps). Later bodies with the same layout object can then be read
   * by `readValues` without their text.
   */
  bindValues(layout: object, count: number, contentType: string): void {
    const ok = this.lines !== null && count === this.holes.length && contentType === this.layoutContentType;
    this.valuesLayout = ok ? layout : null;
  }

  /**
   * readValues is `readFast` for a body given as SampleValues: when its
   * layout is the bound one, every kept value goes into `out` at `tMs`.
   * With `borrow` (the storage takes prepared batches) and every line kept,
   * `out` only borrows the values (see PendingSamples.values). Returns
   * false, leaving `out` alone, when the layout is not known to match.
   */
  readValues(samples: SampleValues, contentType: string, tMs: number, out: PendingSamples, borrow = false): boolean {
    if (samples.layout !== this.valuesLayout || contentType !== this.layoutContentType) return false;
    const holes = this.holes;
    const values = samples.values;
    out.reset();
    if (borrow && this.allKept) {
      out.values = values;
      out.length = values.length;
      return true;
    }
    for (let k = 0; k < holes.length; k++) {
      const line = holes[k]!;
      if (line !== null) out.push(line, tMs, values[k]!);
    }
    return true;
  }

  /**
   * readFast reads `body` against the remembered layout into `out`, with
   * timestamp `tMs` (or the line's own, in ms, when `honorTimestamps`).
   * Returns false, with `out` in an unspecified state, when the body does
   * not follow the layout exactly. The constant text between two values is
   * compared in one native string comparison, which is what makes repeated
   * scrapes cheap. (A substring and `!==` beat `startsWith(gap, pos)`, which
   * V8 compares character by character.)
   */
  readFast(body: string, contentType: string, tMs: number, honorTimestamps: boolean, out: PendingSamples): boolean {
    if (this.lines === null || contentType !== this.layoutContentType) return false;
    // OpenMetrics timestamps are float seconds and lines may carry exemplars: leave those to the parser.
    const textFormat = !contentType.startsWith('application/openmetrics-text');
    const gaps = this.gaps;
    const holes = this.holes;
    const n = body.length;
    out.reset();
    let pos = 0;
    for (let k = 0; k < holes.length; k++) {
      const gap = gaps[k]!;
      const next = pos + gap.length;
      if (body.substring(pos, next) !== gap) return false;
      let end = body.indexOf('\n', next);
      if (end < 0) end = n;
      let t = tMs;
      let v = readFloat(body, next, end);
      if (v === undefined) {
        // Perhaps a timestamp follows the value.
        const sp = body.indexOf(' ', next);
        if (!textFormat || sp < 0 || sp > end) return false;
        v = readFloat(body, next, sp);
        const ts = readInt(body, sp + 1, end);
        if (v === undefined || ts === undefined) return false;
        if (honorTimestamps) t = ts;
      }
      const line = holes[k]!;
      if (line !== null) out.push(line, t, v);
      pos = end;
    }
    const last = gaps[holes.length]!;
    return n - pos === last.length && body.substring(pos) === last;
  }
}

/** isKept reports whether a sample line's series is stored. */
export function isKept(line: SeriesLine): line is KeptLine {
  return line.labels !== null;
}
