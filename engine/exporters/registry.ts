import { escapeHelp, escapeLabelValue, goFloat, omFloat } from './format';

/**
 * A metrics registry built for fast repeated rendering. Label sets are
 * printed once, when a series is created, into ready-made line prefixes for
 * both formats. The constant text of a whole scrape (headers, prefixes,
 * newlines) is laid out once per format into the gaps between values, so a
 * scrape only formats the values that changed and joins gaps and values in
 * one copy. Output order is client_golang's: families by name, metrics within
 * a family by label values, histogram lines grouped.
 */

/** The metric types these exporters expose. */
export type SimMetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

/**
 * Line values live in shared pages rather than in the Line objects: the
 * lines of one exporter are made together, so its values sit side by side
 * and a scrape copies them without visiting every Line (a scrape is bound by
 * memory access). A page is freed with the last line that uses it.
 */
const PAGE_SIZE = 2048;
let page = new Float64Array(PAGE_SIZE);
let pageUsed = 0;

/** Line is one exposed sample line; exporters write `value` and the registry prints it. */
export class Line {
  /** Where the value is kept: page[slot]. */
  readonly page: Float64Array;
  readonly slot: number;
  /** The fractional part of counts added with `addCount`, kept for the next call. */
  private carry = 0;
  private textV = NaN;
  private textS = '';
  private omV = NaN;
  private omS = '';

  constructor(
    readonly textPrefix: string,
    readonly omPrefix: string,
  ) {
    if (pageUsed === PAGE_SIZE) {
      page = new Float64Array(PAGE_SIZE);
      pageUsed = 0;
    }
    this.page = page;
    this.slot = pageUsed++;
  }

  get value(): number {
    return this.page[this.slot]!;
  }

  set value(v: number) {
    this.page[this.slot] = v;
  }

  /**
   * addCount adds a possibly fractional expected count, keeping the value an
   * integer: fractions accumulate until they make a whole event, so rare
   * events (a 0.1% error rate) still show up at their true long-run rate.
   */
  addCount(n: number): void {
    const total = n + this.carry;
    const whole = Math.floor(total);
    this.carry = total - whole;
    this.value += whole;
  }

  /** textOf is `v` (this line's value at some moment) as the text format prints it; the last spelling is kept, as values often repeat. */
  textOf(v: number): string {
    if (!Object.is(v, this.textV) || this.textS === '') {
      this.textV = v;
      this.textS = goFloat(v);
    }
    return this.textS;
  }

  /** omOf is `v` as OpenMetrics prints it (kept like textOf). */
  omOf(v: number): string {
    if (!Object.is(v, this.omV) || this.omS === '') {
      this.omV = v;
      this.omS = omFloat(v);
    }
    return this.omS;
  }
}

/** Metric is one labelled child of a family: a single line, or a histogram's/summary's group of lines. */
export interface Metric {
  readonly sortKey: string;
  readonly lines: readonly Line[];
}

/** LabelPairs are a metric's labels in the order given; they are printed sorted by name. */
export type LabelPairs = Readonly<Record<string, string>>;

/** Family is one metric family: its metadata and its metrics. */
export class Family {
  readonly textHeader: string;
  readonly omHeader: string;
  private readonly metrics: Metric[] = [];
  private sorted = true;

  constructor(
    readonly name: string,
    readonly type: SimMetricType,
    readonly help: string,
    /** Called when a metric is added: the registry's layout of the output is then out of date. */
    private readonly onChange: () => void = () => {},
  ) {
    this.textHeader = `# HELP ${name} ${escapeHelp(help, false)}\n# TYPE ${name} ${type}\n`;
    // OpenMetrics names a counter family without its `_total` suffix.
    const omName = type === 'counter' && name.endsWith('_total') ? name.slice(0, -6) : name;
    const omType = type === 'untyped' ? 'unknown' : type;
    this.omHeader = `# HELP ${omName} ${escapeHelp(help, true)}\n# TYPE ${omName} ${omType}\n`;
  }

  /** line adds a single-sample metric (counter, gauge, untyped) and returns its line. */
  line(labels: LabelPairs = {}): Line {
    const l = makeLine(this.name, labels);
    this.addMetric({ sortKey: sortKey(labels), lines: [l] });
    return l;
  }

  /** addMetric adds a prepared group of lines (histograms and summaries build these). */
  addMetric(m: Metric): void {
    const last = this.metrics[this.metrics.length - 1];
    if (last !== undefined && last.sortKey > m.sortKey) this.sorted = false;
    this.metrics.push(m);
    this.onChange();
  }

  get size(): number {
    return this.metrics.length;
  }

  /** lineCount is the number of sample lines the family prints. */
  lineCount(): number {
    let n = 0;
    for (const m of this.metrics) n += m.lines.length;
    return n;
  }

  /** sortedLines lists the family's lines in output order. */
  sortedLines(): Line[] {
    if (!this.sorted) {
      this.metrics.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      this.sorted = true;
    }
    const out: Line[] = [];
    for (const m of this.metrics) for (const l of m.lines) out.push(l);
    return out;
  }
}

/**
 * Layout is a rendering with holes: `parts` alternates constant text and
 * value slots (parts[2i+1] holds the value of lines[i]), so that
 * `parts.join('')` is the body. A layout object lives until a family or
 * metric is added, so its identity stands for the body's constant text.
 */
interface Layout {
  readonly parts: string[];
  readonly lines: readonly Line[];
  /** Where each line's value is kept (lines[i].page and .slot), so a snapshot need not visit the lines. */
  readonly pages: readonly Float64Array[];
  readonly slots: Int32Array;
  readonly openMetrics: boolean;
}

/**
 * Snapshot is the state one scrape sees: the value of every line, in output
 * order, and the layout they fill (see SampleValues in engine/sim). Values
 * are copied, so the snapshot prints the same body however the registry
 * moves on.
 */
export interface Snapshot {
  readonly layout: object;
  readonly values: readonly number[];
}

/** Registry holds the families of one process. */
export class Registry {
  private readonly families: Family[] = [];
  private readonly byName = new Map<string, Family>();
  private sorted = true;
  private textLayout: Layout | undefined;
  private omLayout: Layout | undefined;
  private readonly invalidate = (): void => {
    this.textLayout = undefined;
    this.omLayout = undefined;
  };

  /** family returns the family `name`, creating it; the type and help of the first call win. */
  family(name: string, type: SimMetricType, help: string): Family {
    const existing = this.byName.get(name);
    if (existing !== undefined) return existing;
    const f = new Family(name, type, help, this.invalidate);
    const last = this.families[this.families.length - 1];
    if (last !== undefined && last.name > name) this.sorted = false;
    this.families.push(f);
    this.byName.set(name, f);
    this.invalidate();
    return f;
  }

  /** render prints every family: text format 0.0.4, or OpenMetrics 1.0 ending in `# EOF`. */
  render(openMetrics: boolean): string {
    return this.renderSnapshot(this.snapshot(openMetrics));
  }

  /** snapshot captures the values a scrape in the given format sees now. */
  snapshot(openMetrics: boolean): Snapshot {
    const layout = this.currentLayout(openMetrics);
    const { pages, slots } = layout;
    // A plain array: small typed arrays cost an off-heap allocation each, which a scrape should not pay.
    const values: number[] = new Array<number>(slots.length);
    for (let i = 0; i < slots.length; i++) values[i] = pages[i]![slots[i]!]!;
    return { layout, values };
  }

  /**
   * renderSnapshot prints a snapshot taken from this registry: the body a
   * scrape at that moment got. This is the one place bodies are printed.
   */
  renderSnapshot(snap: Snapshot): string {
    const layout = snap.layout as Layout;
    const { lines, openMetrics } = layout;
    const parts = layout.parts;
    const values = snap.values;
    if (openMetrics) for (let i = 0; i < lines.length; i++) parts[2 * i + 1] = lines[i]!.omOf(values[i]!);
    else for (let i = 0; i < lines.length; i++) parts[2 * i + 1] = lines[i]!.textOf(values[i]!);
    // One join builds the body as a flat string, which the parser reads fastest.
    return parts.join('');
  }

  /** seriesCount is the number of sample lines a scrape returns. */
  seriesCount(): number {
    let n = 0;
    for (const f of this.families) n += f.lineCount();
    return n;
  }

  private currentLayout(openMetrics: boolean): Layout {
    if (openMetrics) return (this.omLayout ??= this.layout(true));
    return (this.textLayout ??= this.layout(false));
  }

  /** layout lays out the constant text of one format around the value slots. */
  private layout(openMetrics: boolean): Layout {
    if (!this.sorted) {
      this.families.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      this.sorted = true;
    }
    const parts: string[] = [];
    const lines: Line[] = [];
    let gap = '';
    for (const f of this.families) {
      const fl = f.sortedLines();
      if (fl.length === 0) continue;
      gap += openMetrics ? f.omHeader : f.textHeader;
      for (const l of fl) {
        parts.push(flat(gap + (openMetrics ? l.omPrefix : l.textPrefix)), '');
        lines.push(l);
        gap = '\n';
      }
    }
    parts.push(flat(openMetrics ? gap + '# EOF\n' : gap));
    return { parts, lines, pages: lines.map((l) => l.page), slots: Int32Array.from(lines, (l) => l.slot), openMetrics };
  }
}

/**
 * flat returns `s` as one sequential string: a concatenation is a tree of
 * pieces in V8, which every join of the body would walk again. (split/join
 * copies; `[s].join('')` would hand back the tree itself.)
 */
function flat(s: string): string {
  return s.split('\n').join('\n');
}

/**
 * makeLine prints `name{a="1",b="2"} ` for both formats, labels sorted by name.
 * `last` is a label printed after the others with its own text/OM spelling
 * (`le` and `quantile`, whose values OpenMetrics writes as floats: `1.0`).
 */
export function makeLine(name: string, labels: LabelPairs, last?: { readonly name: string; readonly text: string; readonly om: string }): Line {
  const body = Object.keys(labels)
    .filter((k) => labels[k] !== '')
    .sort()
    .map((k) => `${k}="${escapeLabelValue(labels[k]!)}"`)
    .join(',');
  if (last === undefined) {
    const p = body === '' ? `${name} ` : `${name}{${body}} `;
    return new Line(p, p);
  }
  const sep = body === '' ? '' : body + ',';
  return new Line(`${name}{${sep}${last.name}="${last.text}"} `, `${name}{${sep}${last.name}="${last.om}"} `);
}

/** sortKey orders metrics as client_golang does: by label values in label-name order. */
export function sortKey(labels: LabelPairs): string {
  return Object.keys(labels)
    .sort()
    .map((k) => labels[k])
    .join('\u0000');
}
