/**
 * Label sets as Prometheus models them: name/value pairs sorted by name, no
 * duplicate names, no empty values (an empty value means "label absent").
 */
export interface Label {
  readonly name: string;
  readonly value: string;
}

/** Labels is a label set sorted by name. Treat it as immutable. */
export type Labels = readonly Label[];

export const METRIC_NAME = '__name__';
/** Metadata labels that Prometheus 3 drops together with `__name__`. */
export const METRIC_TYPE = '__type__';
export const METRIC_UNIT = '__unit__';

export const EMPTY_LABELS: Labels = Object.freeze([]) as Labels;

/** labelsFromRecord builds a sorted label set, dropping empty values. */
export function labelsFromRecord(record: Readonly<Record<string, string>>): Labels {
  const out: Label[] = [];
  for (const name of Object.keys(record)) {
    const value = record[name];
    if (value !== undefined && value !== '') out.push({ name, value });
  }
  return sortLabels(out);
}

/** labelsFromPairs builds a sorted label set from name/value pairs; later pairs win. */
export function labelsFromPairs(pairs: Iterable<readonly [string, string]>): Labels {
  const map = new Map<string, string>();
  for (const [n, v] of pairs) map.set(n, v);
  const out: Label[] = [];
  for (const [name, value] of map) if (value !== '') out.push({ name, value });
  return sortLabels(out);
}

export function sortLabels(labels: Label[]): Labels {
  return labels.sort((a, b) => compareStrings(a.name, b.name));
}

export function labelsToRecord(labels: Labels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of labels) out[l.name] = l.value;
  return out;
}

/** getLabel returns the value of a label, or '' when it is absent (as Prometheus does). */
export function getLabel(labels: Labels, name: string): string {
  for (const l of labels) if (l.name === name) return l.value;
  return '';
}

export function hasLabel(labels: Labels, name: string): boolean {
  for (const l of labels) if (l.name === name) return true;
  return false;
}

/** withLabel returns a copy with the label set (or removed when value is ''). */
export function withLabel(labels: Labels, name: string, value: string): Labels {
  const out: Label[] = [];
  let placed = false;
  for (const l of labels) {
    const c = compareStrings(l.name, name);
    if (c === 0) {
      placed = true;
      if (value !== '') out.push({ name, value });
      continue;
    }
    if (c > 0 && !placed) {
      placed = true;
      if (value !== '') out.push({ name, value });
    }
    out.push(l);
  }
  if (!placed && value !== '') out.push({ name, value });
  return out;
}

/** withoutLabels returns a copy without the named labels. */
export function withoutLabels(labels: Labels, names: ReadonlySet<string> | readonly string[]): Labels {
  const set = names instanceof Set ? names : new Set(names as readonly string[]);
  return labels.filter((l) => !set.has(l.name));
}

/** onlyLabels keeps just the named labels. */
export function onlyLabels(labels: Labels, names: ReadonlySet<string> | readonly string[]): Labels {
  const set = names instanceof Set ? names : new Set(names as readonly string[]);
  return labels.filter((l) => set.has(l.name));
}

/**
 * nameDropped caches dropMetricName per label-set object. Label sets are
 * immutable and the TSDB hands out the same object for a series every query,
 * so functions over many series and steps build each result once; the shared
 * result also keeps the evaluator's per-object key cache warm.
 */
const nameDropped = new WeakMap<Labels, Labels>();

/** dropMetricName returns the labels without `__name__`, `__type__` and `__unit__` (the same object when none is there). */
export function dropMetricName(labels: Labels): Labels {
  let out = nameDropped.get(labels);
  if (out === undefined) {
    const kept = labels.filter((l) => l.name !== METRIC_NAME && l.name !== METRIC_TYPE && l.name !== METRIC_UNIT);
    out = kept.length === labels.length ? labels : kept;
    nameDropped.set(labels, out);
  }
  return out;
}

/**
 * labelsKey is a string that identifies a label set exactly; used as a hash
 * key. The separators cannot occur in valid UTF-8 label names.
 */
export function labelsKey(labels: Labels): string {
  let s = '';
  for (const l of labels) s += l.name + '\xff' + l.value + '\xfe';
  return s;
}

export function labelsEqual(a: Labels, b: Labels): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.name !== b[i]!.name || a[i]!.value !== b[i]!.value) return false;
  }
  return true;
}

/**
 * compareStrings orders strings by their UTF-8 bytes, as Go does. For the
 * BMP this equals UTF-16 code unit order except around surrogates, which we
 * handle by comparing code points.
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      const sa = ca >= 0xd800 && ca <= 0xdfff;
      const sb = cb >= 0xd800 && cb <= 0xdfff;
      if (sa !== sb) return sa ? 1 : -1; // surrogates encode code points above every BMP char
      return ca < cb ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** compareLabels orders label sets pair by pair (name, then value); a prefix sorts first. */
export function compareLabels(a: Labels, b: Labels): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    let c = compareStrings(x.name, y.name);
    if (c !== 0) return c;
    c = compareStrings(x.value, y.value);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

const LEGACY_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LEGACY_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export function isLegacyMetricName(name: string): boolean {
  return LEGACY_NAME.test(name);
}

export function isLegacyLabelName(name: string): boolean {
  return LEGACY_LABEL.test(name);
}

/** goQuote quotes a string the way Go's strconv.Quote does (used in error texts and label output). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\x07': out += '\\a'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\v': out += '\\v'; break;
      default:
        if (cp === 0xfffd) out += '\\ufffd';
        else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
        else out += ch;
    }
  }
  return out + '"';
}

/**
 * formatLabels prints a label set like Prometheus's labels.String():
 * `{a="1", b="2"}` with the metric name outside the braces when it is legacy-valid.
 */
export function formatLabels(labels: Labels): string {
  let name = '';
  const parts: string[] = [];
  for (const l of labels) {
    if (l.name === METRIC_NAME && isLegacyMetricName(l.value) && name === '') {
      name = l.value;
      continue;
    }
    const key = isLegacyLabelName(l.name) ? l.name : goQuote(l.name);
    parts.push(`${key}=${goQuote(l.value)}`);
  }
  if (parts.length === 0 && name !== '') return name;
  return `${name}{${parts.join(', ')}}`;
}
