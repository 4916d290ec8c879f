import { goQuote } from '../model/labels';
import type { MetricType } from '../storage/interface';
import type { LineCursor } from './cursor';
import { parseGoFloat } from './float';
import { buildLabels, pairValue } from './labelset';
import type { MetricFamily, MutableSample } from './types';

/**
 * TextFamilies groups text-format samples into families the way Prometheus's
 * text parser (expfmt) does: a sample joins the family of its exact name;
 * failing that, `_sum`/`_count` join a summary or histogram and `_bucket` a
 * histogram of the stripped name; otherwise the sample starts an untyped
 * family of its own. Samples of one family need not be contiguous.
 */

interface TextFamily {
  readonly name: string;
  type: MetricType;
  typeSet: boolean;
  help: string;
  helpSet: boolean;
  readonly samples: MutableSample[];
}

function isHistogram(t: MetricType): boolean {
  return t === 'histogram' || t === 'gaugehistogram';
}

export class TextFamilies {
  private readonly byName = new Map<string, TextFamily>();
  private readonly order: TextFamily[] = [];
  /** The last sample name resolved and its family: exporters print a family's samples together. */
  private lastName = '';
  private lastFamily: TextFamily | undefined;

  /** setHelp records a HELP line; a second HELP for a name is an error. */
  setHelp(c: LineCursor, name: string, help: string): void {
    const f = this.family(name);
    if (f.helpSet) c.fail(`second HELP line for metric name ${goQuote(name)}`);
    f.help = help;
    f.helpSet = true;
  }

  /** setType records a TYPE line; it must be the first TYPE and precede the family's samples. */
  setType(c: LineCursor, name: string, type: MetricType): void {
    const f = this.family(name);
    if (f.typeSet) c.fail(`second TYPE line for metric name ${goQuote(name)}, or TYPE reported after samples`);
    f.type = type;
    f.typeSet = true;
  }

  /** addSample files one sample, checking the `le`/`quantile` labels and histogram counts. */
  addSample(c: LineCursor, name: string, pairs: readonly string[], value: number, timestampMs: number | undefined): void {
    const f = this.resolve(name);
    if (!f.typeSet) f.typeSet = true; // a sample fixes the type: a later TYPE line is an error
    if (isHistogram(f.type) && name !== f.name) this.checkHistogram(c, f, name, pairs, value);
    else if (f.type === 'summary' && name === f.name) {
      const q = pairValue(pairs, 'quantile');
      if (q !== undefined && parseGoFloat(q) === undefined) {
        c.fail(`expected float as value for 'quantile' label, got ${goQuote(q)}`);
      }
    }
    const sample: MutableSample = { labels: buildLabels(name, pairs), value };
    if (timestampMs !== undefined) sample.timestampMs = timestampMs;
    f.samples.push(sample);
  }

  /** result returns the families in order of first mention, leaving out those without samples (as expfmt does). */
  result(): MetricFamily[] {
    const out: MetricFamily[] = [];
    for (const f of this.order) {
      if (f.samples.length > 0) out.push({ name: f.name, type: f.type, help: f.help, unit: '', samples: f.samples });
    }
    return out;
  }

  private checkHistogram(c: LineCursor, f: TextFamily, name: string, pairs: readonly string[], value: number): void {
    const suffix = name.slice(f.name.length);
    if (suffix === '_bucket') {
      const le = pairValue(pairs, 'le');
      if (le !== undefined && parseGoFloat(le) === undefined) c.fail(`expected float as value for 'le' label, got ${goQuote(le)}`);
      if (value < 0) c.fail(`negative bucket population for histogram ${goQuote(f.name)}`);
    } else if ((suffix === '_count' || suffix === '_gcount') && value < 0) {
      c.fail(`negative count for histogram ${goQuote(f.name)}`);
    }
  }

  private family(name: string): TextFamily {
    let f = this.byName.get(name);
    if (f === undefined) {
      f = { name, type: 'unknown', typeSet: false, help: '', helpSet: false, samples: [] };
      this.byName.set(name, f);
      this.order.push(f);
      this.lastFamily = undefined; // a new exact name may take over a suffixed sample name

    }
    return f;
  }

  private resolve(name: string): TextFamily {
    if (this.lastFamily !== undefined && name === this.lastName) return this.lastFamily;
    const f = this.byName.get(name) ?? this.parentOf(name) ?? this.family(name);
    this.lastName = name;
    this.lastFamily = f;
    return f;
  }

  /** parentOf finds the summary/histogram family that claims a suffixed sample name. */
  private parentOf(name: string): TextFamily | undefined {
    const us = name.lastIndexOf('_');
    if (us <= 0) return undefined;
    const suffix = name.slice(us);
    const f = this.byName.get(name.slice(0, us));
    if (f === undefined) return undefined;
    switch (suffix) {
      case '_sum':
      case '_count':
        return f.type === 'summary' || isHistogram(f.type) ? f : undefined;
      case '_bucket':
        return isHistogram(f.type) ? f : undefined;
      case '_gsum':
      case '_gcount':
        // Not expfmt's: lets an OpenMetrics gauge histogram survive a trip through the text format.
        return f.type === 'gaugehistogram' ? f : undefined;
      default:
        return undefined;
    }
  }
}
