import { describe, expect, it } from 'vitest';
import { VirtualClock } from './clock';

describe('VirtualClock', () => {
  it('starts at the given time and moves only when told', () => {
    const c = new VirtualClock(1_000);
    expect(c.nowMs).toBe(1_000);
    c.advance(500);
    expect(c.nowMs).toBe(1_500);
    c.jumpTo(10_000);
    expect(c.nowMs).toBe(10_000);
  });

  it('refuses to go backwards', () => {
    const c = new VirtualClock(5_000);
    expect(() => c.jumpTo(4_999)).toThrow(/cannot go back/);
  });

  it('runs tasks in time order, ties in registration order, each seeing its own due time', () => {
    const c = new VirtualClock(0);
    const log: string[] = [];
    c.schedule(200, (t) => log.push(`b@${t}/${c.nowMs}`));
    c.schedule(100, (t) => log.push(`a@${t}/${c.nowMs}`));
    c.schedule(200, (t) => log.push(`c@${t}/${c.nowMs}`));
    c.advance(1_000);
    expect(log).toEqual(['a@100/100', 'b@200/200', 'c@200/200']);
    expect(c.nowMs).toBe(1_000);
  });

  it('interleaves repeating tasks deterministically', () => {
    const c = new VirtualClock(0);
    const log: string[] = [];
    c.every(15_000, (t) => log.push(`scrape ${t}`), 0);
    c.every(10_000, (t) => log.push(`rules ${t}`), 0);
    c.jumpTo(30_000);
    expect(log).toEqual(['scrape 0', 'rules 0', 'rules 10000', 'scrape 15000', 'rules 20000', 'scrape 30000', 'rules 30000']);
  });

  it('cancels a task, also from inside a repeating task', () => {
    const c = new VirtualClock(0);
    let runs = 0;
    const id = c.every(1_000, () => {
      runs++;
      if (runs === 3) c.cancel(id);
    });
    const once = c.schedule(500, () => {
      throw new Error('cancelled task ran');
    });
    c.cancel(once);
    c.advance(10_000);
    expect(runs).toBe(3);
    expect(c.pendingTasks).toBe(0);
  });

  it('runs tasks scheduled by tasks when they fall due within the same move', () => {
    const c = new VirtualClock(0);
    const log: number[] = [];
    c.schedule(100, (t) => c.schedule(t + 50, (u) => log.push(u)));
    c.advance(200);
    expect(log).toEqual([150]);
  });

  it('turns wall time into virtual time at the chosen speed while playing', () => {
    const c = new VirtualClock(0);
    c.tick(1_000);
    expect(c.nowMs).toBe(0);
    c.play();
    c.setSpeed(60);
    c.tick(1_000);
    expect(c.nowMs).toBe(60_000);
    c.setSpeed(3600);
    c.tick(0.5);
    c.tick(0.5);
    expect(c.nowMs).toBe(63_600);
    c.pause();
    c.tick(1_000);
    expect(c.nowMs).toBe(63_600);
    expect(() => c.setSpeed(0.5)).toThrow();
    expect(() => c.setSpeed(7200)).toThrow();
  });
});
