/**
 * Time intervals for `mute_time_intervals` / `active_time_intervals`: a spec
 * matches an instant when every field it sets matches (times are [start,
 * end) in minutes of the day; weekdays, days of month, months and years are
 * inclusive ranges; negative days count from the month's end). Wall-clock
 * fields are read in the spec's location (UTC unless set).
 */
import { configError, type Pos } from './config-error';
import { asMap, hasKey, list, posOf, str, strList, type YNode } from './config-yaml';

export interface TimeRange {
  /** Minutes since midnight, start inclusive, end exclusive. */
  readonly startMinute: number;
  readonly endMinute: number;
}

export interface InclusiveRange {
  readonly begin: number;
  readonly end: number;
}

export interface TimeIntervalSpec {
  readonly times?: readonly TimeRange[];
  readonly weekdays?: readonly InclusiveRange[];
  readonly daysOfMonth?: readonly InclusiveRange[];
  readonly months?: readonly InclusiveRange[];
  readonly years?: readonly InclusiveRange[];
  readonly location: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const HHMM = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** parseTimeIntervalSpec reads one element of a `time_intervals[].time_intervals` list. */
export function parseTimeIntervalSpec(n: YNode): TimeIntervalSpec {
  const m = asMap(n, ['times', 'weekdays', 'days_of_month', 'months', 'years', 'location']);
  const location = str(m, 'location') ?? 'UTC';
  if (location !== 'UTC' && location !== 'Local' && !validZone(location)) {
    throw configError(m.pos, `unknown time zone ${location}`);
  }
  const ranges = (key: string, read: (s: string, pos: Pos) => number, check?: (r: InclusiveRange, pos: Pos) => void): InclusiveRange[] | undefined => {
    const items = strList(m, key);
    if (items === undefined) return undefined;
    return items.map((s) => {
      const pos = posOf(m, key);
      const [a, b] = s.split(':');
      const r = { begin: read(a!.trim(), pos), end: read((b ?? a)!.trim(), pos) };
      if (check !== undefined) check(r, pos);
      else if (r.begin > r.end) throw configError(pos, `start ${a} cannot be after end ${b}`);
      return r;
    });
  };
  const times = hasKey(m, 'times')
    ? list(m, 'times').map((t) => {
        const tm = asMap(t, ['start_time', 'end_time']);
        const start = minuteOfDay(str(tm, 'start_time') ?? '', tm.pos);
        const end = minuteOfDay(str(tm, 'end_time') ?? '', tm.pos);
        if (start >= end) throw configError(tm.pos, 'start time cannot be equal or greater than end time');
        return { startMinute: start, endMinute: end };
      })
    : undefined;
  return {
    times,
    weekdays: ranges('weekdays', (s, pos) => named(s, WEEKDAYS, 0, pos, 'weekday')),
    daysOfMonth: ranges('days_of_month', dayOfMonth, (r, pos) => {
      if (r.begin > 0 && r.end > 0 && r.begin > r.end) throw configError(pos, `start day cannot be greater than end day`);
    }),
    months: ranges('months', (s, pos) => (/^\d+$/.test(s) ? inRange(Number(s), 1, 12, pos, 'month') : named(s, MONTHS, 1, pos, 'month'))),
    years: ranges('years', (s, pos) => {
      if (!/^\d+$/.test(s)) throw configError(pos, `invalid year ${s}`);
      return Number(s);
    }),
    location,
  };
}

/** specContains reports whether the instant lies within the spec. */
function specContains(spec: TimeIntervalSpec, ms: number): boolean {
  const t = wallClock(ms, spec.location);
  if (spec.times !== undefined && !spec.times.some((r) => t.minuteOfDay >= r.startMinute && t.minuteOfDay < r.endMinute)) return false;
  if (spec.daysOfMonth !== undefined) {
    const ok = spec.daysOfMonth.some((r) => {
      const begin = r.begin < 0 ? t.daysInMonth + r.begin + 1 : r.begin;
      const end = r.end < 0 ? t.daysInMonth + r.end + 1 : r.end;
      // A range that starts past this month's last day does not apply this month.
      if (begin > t.daysInMonth) return false;
      return t.day >= clamp(begin, 1, t.daysInMonth) && t.day <= clamp(end, 1, t.daysInMonth);
    });
    if (!ok) return false;
  }
  const within = (rs: readonly InclusiveRange[] | undefined, v: number): boolean => rs === undefined || rs.some((r) => v >= r.begin && v <= r.end);
  return within(spec.weekdays, t.weekday) && within(spec.months, t.month) && within(spec.years, t.year);
}

/** intervalsContain reports whether any spec of a named interval contains the instant. */
export function intervalsContain(specs: readonly TimeIntervalSpec[], ms: number): boolean {
  return specs.some((s) => specContains(s, ms));
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly minuteOfDay: number;
  readonly daysInMonth: number;
}

function wallClock(ms: number, location: string): WallClock {
  let shifted = ms;
  if (location !== 'UTC' && location !== 'Local') {
    // Read the zone's wall clock via Intl, then treat it as a UTC instant for field access.
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: location, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }).formatToParts(new Date(ms));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    shifted = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  }
  const d = new Date(shifted);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  return {
    year, month, day: d.getUTCDate(), weekday: d.getUTCDay(),
    minuteOfDay: d.getUTCHours() * 60 + d.getUTCMinutes(),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function minuteOfDay(s: string, pos: Pos): number {
  const m = HHMM.exec(s);
  if (m === null) throw configError(pos, `couldn't parse timestamp ${s}, invalid format`);
  return Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]);
}

function named(s: string, names: readonly string[], base: number, pos: Pos, what: string): number {
  const i = names.indexOf(s.toLowerCase());
  if (i < 0) throw configError(pos, `${s} is not a valid ${what}`);
  return i + base;
}

function dayOfMonth(s: string, pos: Pos): number {
  const n = Number(s);
  if (!/^-?\d+$/.test(s) || n === 0 || n < -31 || n > 31) throw configError(pos, `${s} is not a valid day of the month: out of range`);
  return n;
}

function inRange(n: number, lo: number, hi: number, pos: Pos, what: string): number {
  if (n < lo || n > hi) throw configError(pos, `${n} is not a valid ${what}`);
  return n;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}
