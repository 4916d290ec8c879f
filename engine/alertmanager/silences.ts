/**
 * Silences as Alertmanager keeps them: pending until startsAt, active until
 * endsAt, then expired (kept for inspection). Setting a silence either
 * updates it in place (same matchers and a compatible time change) or
 * expires it and creates a replacement with a new id; creating moves a start
 * in the past to now. Validation texts are Alertmanager's.
 */
import { compileMatcher, type CompiledMatcher, type MatchType } from '../model/matchers';
import { matchesLabelSet } from './matchers';
import type { LabelSet } from './types';
import { uuidV4, type RandomSource } from './uuid';

export type SilenceState = 'pending' | 'active' | 'expired';

export interface SilenceMatcher {
  readonly name: string;
  readonly value: string;
  readonly isRegex: boolean;
  readonly isEqual: boolean;
}

export interface Silence {
  readonly id: string;
  readonly matchers: readonly SilenceMatcher[];
  readonly startsAtMs: number;
  readonly endsAtMs: number;
  readonly updatedAtMs: number;
  readonly createdBy: string;
  readonly comment: string;
}

/** SilenceInput is a silence to create (no id) or update (with id). */
export type SilenceInput = Omit<Silence, 'id' | 'updatedAtMs'> & { readonly id?: string };

/** SilenceError carries the HTTP status the API answers with. */
export class SilenceError extends Error {
  constructor(readonly status: 400 | 404 | 500, message: string) {
    super(message);
  }
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** silenceState is the state at `nowMs`. */
export function silenceState(s: Silence, nowMs: number): SilenceState {
  if (nowMs < s.startsAtMs) return 'pending';
  if (nowMs < s.endsAtMs) return 'active';
  return 'expired';
}

/** compileSilenceMatchers turns API matchers into label matchers. */
function compileSilenceMatchers(ms: readonly SilenceMatcher[]): CompiledMatcher[] {
  return ms.map((m) => compileMatcher({ name: m.name, value: m.value, type: matchType(m) }));
}

function matchType(m: SilenceMatcher): MatchType {
  return m.isRegex ? (m.isEqual ? '=~' : '!~') : m.isEqual ? '=' : '!=';
}

/** Silences is the silence store of one Alertmanager. */
export class Silences {
  private readonly byId = new Map<string, Silence>();
  private readonly compiled = new Map<string, CompiledMatcher[]>();

  constructor(private readonly random: RandomSource) {}

  /** get returns a silence by id. */
  get(id: string): Silence | undefined {
    return this.byId.get(id);
  }

  /** list returns every silence, in creation order. */
  list(): Silence[] {
    return [...this.byId.values()];
  }

  /** set creates or updates a silence at `nowMs` and returns its id. */
  set(input: SilenceInput, nowMs: number): string {
    const prev = input.id !== undefined && input.id !== '' ? this.byId.get(input.id) : undefined;
    if (input.id !== undefined && input.id !== '' && prev === undefined) throw new SilenceError(404, 'silence not found');
    if (prev !== undefined) {
      if (canUpdate(prev, input, nowMs)) {
        this.store({ ...input, id: prev.id, updatedAtMs: nowMs });
        return prev.id;
      }
      // An incompatible change replaces the silence: the old one ends now.
      if (silenceState(prev, nowMs) !== 'expired') this.expire(prev.id, nowMs);
    }
    const candidate: Silence = {
      ...input,
      id: 'pending',
      startsAtMs: Math.max(input.startsAtMs, nowMs),
      updatedAtMs: nowMs,
    };
    validate(candidate);
    const id = uuidV4(this.random);
    this.store({ ...candidate, id });
    return id;
  }

  /** expire ends a silence now; pending silences become expired without ever being active. */
  expire(id: string, nowMs: number): void {
    const s = this.byId.get(id);
    if (s === undefined) throw new SilenceError(404, 'silence not found');
    switch (silenceState(s, nowMs)) {
      case 'expired':
        throw new SilenceError(500, `silence ${id} already expired`);
      case 'active':
        this.store({ ...s, endsAtMs: nowMs, updatedAtMs: nowMs });
        break;
      case 'pending':
        this.store({ ...s, startsAtMs: nowMs, endsAtMs: nowMs, updatedAtMs: nowMs });
        break;
    }
  }

  /** silencedBy lists the ids of active silences matching the labels, sorted as Alertmanager reports them. */
  silencedBy(labels: LabelSet, nowMs: number): string[] {
    const ids: string[] = [];
    for (const s of this.byId.values()) {
      if (silenceState(s, nowMs) !== 'active') continue;
      if (matchesLabelSet(this.compiled.get(s.id) ?? [], labels)) ids.push(s.id);
    }
    return ids.sort();
  }

  private store(s: Silence): void {
    validate(s);
    this.byId.set(s.id, s);
    this.compiled.set(s.id, compileSilenceMatchers(s.matchers));
  }
}

function canUpdate(prev: Silence, next: SilenceInput, nowMs: number): boolean {
  if (JSON.stringify(prev.matchers) !== JSON.stringify(next.matchers)) return false;
  switch (silenceState(prev, nowMs)) {
    case 'active':
      return next.startsAtMs === prev.startsAtMs && next.endsAtMs >= nowMs;
    case 'pending':
      return next.startsAtMs >= nowMs;
    case 'expired':
      return false;
  }
}

function validate(s: Silence): void {
  const fail = (msg: string): never => {
    throw new SilenceError(400, `silence invalid: ${msg}`);
  };
  if (s.matchers.length === 0) fail('at least one matcher required');
  let allMatchEmpty = true;
  s.matchers.forEach((m, i) => {
    if (!LABEL_NAME.test(m.name)) fail(`invalid label matcher ${i}: invalid label name ${JSON.stringify(m.name)}`);
    let compiled: CompiledMatcher;
    try {
      compiled = compileMatcher({ name: m.name, value: m.value, type: matchType(m) });
    } catch (e) {
      return fail(`invalid label matcher ${i}: invalid regular expression ${JSON.stringify(m.value)}: ${(e as Error).message}`);
    }
    allMatchEmpty = allMatchEmpty && compiled.matches('');
  });
  if (allMatchEmpty) fail('at least one matcher must not match the empty string');
  if (s.endsAtMs < s.startsAtMs) fail('end time must not be before start time');
}
