import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeStorage } from '@/test/support/fakeStorage';
import { keepWorld, keptStart, MAX_KEPT_HISTORY_MS } from './keptWorld';

const any = () => true;

describe('the kept world', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: Storage }).localStorage = fakeStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  const setup = { seed: 2, historyMs: 4_500_000, incidents: [{ kind: 'error-burst' as const, options: { atMs: 5 } }] };

  it('is what a fresh playground builds first, clock included', () => {
    expect(keptStart('', any)).toBeUndefined();
    keepWorld(setup, { nowMs: 0, speed: 600, paused: true });
    expect(keptStart('?g0.expr=up', any)).toEqual({ setup, clock: { speed: 600, paused: true } });
    expect(keptStart('?seed=2', any)).toEqual({ setup, clock: { speed: 600, paused: true } });
  });

  it('gives way to a link that names another world', () => {
    keepWorld(setup, { nowMs: 0, speed: 1, paused: false });
    expect(keptStart('?seed=7', any)).toBeUndefined();
    expect(keptStart('?lesson=02-collection/02-staleness', any)).toBeUndefined();
    expect(keptStart('?history=2h', any)).toBeUndefined();
    expect(keptStart('?incident=error-burst@30m', any)).toBeUndefined();
    // A lesson that does not exist opens nothing, so the kept world stays.
    expect(keptStart('?lesson=02-collection/99-nope', (id) => id === '02-collection/02-staleness')).toEqual({ setup, clock: { speed: 1, paused: false } });
  });

  it('is ignored when malformed or too long to rebuild', () => {
    localStorage.setItem('pp.world', '{oops');
    expect(keptStart('', any)).toBeUndefined();
    keepWorld({ seed: 1, historyMs: MAX_KEPT_HISTORY_MS + 1 }, { nowMs: 0, speed: 1, paused: false });
    expect(keptStart('', any)).toBeUndefined();
  });

  it('does not throw when storage refuses', () => {
    localStorage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => keepWorld(setup, { nowMs: 0, speed: 1, paused: false })).not.toThrow();
  });
});
