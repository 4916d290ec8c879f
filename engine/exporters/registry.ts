import { escapeHelp, escapeLabelValue, goFloat, omFloat } from './format';

/**
 * A metrics registry built for fast repeated rendering. Label sets are
 * printed once, when a series is created, into ready-made line prefixes for
 * both formats; a scrape then only formats values, reusing the last string
 * when a value has not changed. Output order is client_golang's: families by
 * name, metrics within a family by label values, histogram lines grouped.
 */

/** The metric types these exporters expose. */
export type SimMetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

/** Line is one exposed sample line; exporters write `value` and the registry prints it. */
export class Line {
  value = 0;
  /** The fractional part of counts added with `addCount`, kept for the next call. */
  private carry = 0;
  private textV = NaN;
  private textS = '';
  private omV = NaN;
  private omS = '';

  constructor(
    readonly textPrefix: string,
    readonly omPrefix: string,
  ) {}

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

  /** printed tells whether the value is unchanged since it was last printed in that format. */
  printed(openMetrics: boolean): boolean {
    return openMetrics ? this.omS !== '' && this.value === this.omV : this.textS !== '' && this.value === this.textV;
  }

  /** text is the whole sample line in the text format, newline included (cached while unchanged). */
  text(): string {
    const v = this.value;
    if (v !== this.textV || this.textS === '') {
      this.textV = v;
      this.textS = this.textPrefix + goFloat(v) + '\n';
    }
    return this.textS;
  }

  /** om is the whole sample line in OpenMetrics (cached while unchanged). */
  om(): string {
    const v = this.value;
    if (v !== this.omV || this.omS === '') {
      this.omV = v;
      this.omS = this.omPrefix + omFloat(v) + '\n';
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
  /**
   * The family's last rendering per format, reused while no value changed:
   * on a node most families (meminfo, device properties, build info) are steady.
   */
  private textCache = '';
  private omCache = '';

  constructor(
    readonly name: string,
    readonly type: SimMetricType,
    readonly help: string,
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
    this.textCache = '';
    this.omCache = '';
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

  /** print renders the family's header and lines in one format ('' when it has no metrics). */
  print(openMetrics: boolean): string {
    if (this.metrics.length === 0) return '';
    if (!this.sorted) {
      this.metrics.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      this.sorted = true;
    }
    const cached = openMetrics ? this.omCache : this.textCache;
    if (cached !== '' && this.unchanged(openMetrics)) return cached;
    const parts: string[] = [openMetrics ? this.omHeader : this.textHeader];
    if (openMetrics) for (const m of this.metrics) for (const l of m.lines) parts.push(l.om());
    else for (const m of this.metrics) for (const l of m.lines) parts.push(l.text());
    // Joined flat once here, the cached family is copied cheaply into every later scrape.
    const out = parts.join('');
    if (openMetrics) this.omCache = out;
    else this.textCache = out;
    return out;
  }

  private unchanged(openMetrics: boolean): boolean {
    for (const m of this.metrics) for (const l of m.lines) if (!l.printed(openMetrics)) return false;
    return true;
  }
}

/** Registry holds the families of one process. */
export class Registry {
  private readonly families: Family[] = [];
  private readonly byName = new Map<string, Family>();
  private sorted = true;

  /** family returns the family `name`, creating it; the type and help of the first call win. */
  family(name: string, type: SimMetricType, help: string): Family {
    const existing = this.byName.get(name);
    if (existing !== undefined) return existing;
    const f = new Family(name, type, help);
    const last = this.families[this.families.length - 1];
    if (last !== undefined && last.name > name) this.sorted = false;
    this.families.push(f);
    this.byName.set(name, f);
    return f;
  }

  /** render prints every family: text format 0.0.4, or OpenMetrics 1.0 ending in `# EOF`. */
  render(openMetrics: boolean): string {
    if (!this.sorted) {
      this.families.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      this.sorted = true;
    }
    // One join builds the body as a flat string, which the parser reads fastest.
    const out: string[] = [];
    for (const f of this.families) out.push(f.print(openMetrics));
    if (openMetrics) out.push('# EOF\n');
    return out.join('');
  }

  /** seriesCount is the number of sample lines a scrape returns. */
  seriesCount(): number {
    let n = 0;
    for (const f of this.families) n += f.lineCount();
    return n;
  }
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
