import { describe, expect, it } from 'vitest';
import { parseText } from '../exposition/index';
import { Pushgateway } from '../pushgateway/index';
import { createNetwork, createRandom, VirtualClock } from '../sim/index';
import { scheduleBatchJob, type BatchJobSpec, type BatchRun } from './batch-job';
import { pushgatewayEndpoint } from './pushgateway-endpoint';
import { sampleValue, T0 } from './testing';

const SPEC: BatchJobSpec = { job: 'etl_orders', instance: 'batch-1', prefix: 'etl_orders', periodMs: 3_600_000, offsetMs: 300_000, minDurationMs: 3_000, maxDurationMs: 12_000, failureChance: 0.3, meanRecords: 1_000 };

function setup(spec = SPEC) {
  const clock = new VirtualClock(T0);
  const network = createNetwork();
  const pg = new Pushgateway({ startMs: T0 });
  network.register('pushgateway:9091', pushgatewayEndpoint(pg));
  const runs: BatchRun[] = [];
  scheduleBatchJob({ clock, network, random: createRandom(11).fork('etl'), spec, pushgatewayHostPort: 'pushgateway:9091', onRun: (r) => runs.push(r) });
  return { clock, pg, runs };
}

describe('scheduleBatchJob', () => {
  it('runs on its schedule, finishes within a scrape interval and pushes its result', () => {
    const { clock, pg, runs } = setup({ ...SPEC, failureChance: 0 });
    clock.advance(3 * 3_600_000);
    expect(runs.map((r) => r.startMs - T0)).toEqual([300_000, 3_900_000, 7_500_000]);
    for (const r of runs) {
      expect(r.endMs - r.startMs).toBeLessThan(15_000);
      expect(r.pushResult).toBe(200);
    }
    const f = parseText(pg.exposition());
    const last = runs[runs.length - 1]!;
    expect(sampleValue(f, 'etl_orders_last_success_timestamp_seconds', { job: 'etl_orders', instance: 'batch-1' })).toBe(last.endMs / 1000);
    expect(sampleValue(f, 'etl_orders_last_run_ok', { job: 'etl_orders' })).toBe(1);
    expect(sampleValue(f, 'etl_orders_records_processed', { job: 'etl_orders' })).toBe(last.records);
  });

  it('on failure pushes last_run_ok 0 and leaves the last success time stale', () => {
    const { clock, pg, runs } = setup();
    clock.advance(48 * 3_600_000);
    const i = runs.findIndex((r, k) => !r.ok && k > 0 && runs[k - 1]!.ok);
    expect(i).toBeGreaterThan(0);
    const failed = runs[i]!;
    // Look at the Pushgateway right after the failed run.
    const { clock: c2, pg: pg2 } = setup();
    c2.jumpTo(failed.endMs);
    const f = parseText(pg2.exposition());
    expect(sampleValue(f, 'etl_orders_last_run_ok', { job: 'etl_orders' })).toBe(0);
    expect(sampleValue(f, 'etl_orders_last_success_timestamp_seconds', { job: 'etl_orders' })).toBe(runs[i - 1]!.endMs / 1000);
    expect(sampleValue(f, 'etl_orders_last_failure_timestamp_seconds', { job: 'etl_orders' })).toBe(failed.endMs / 1000);
    expect(runs.filter((r) => !r.ok).length).toBeGreaterThan(3);
    expect(pg.exposition()).toContain('push_time_seconds');
  });

  it('records a network error when the Pushgateway is unreachable', () => {
    const clock = new VirtualClock(T0);
    const runs: BatchRun[] = [];
    scheduleBatchJob({ clock, network: createNetwork(), random: createRandom(1), spec: SPEC, pushgatewayHostPort: 'pushgateway:9091', onRun: (r) => runs.push(r) });
    clock.advance(3_600_000);
    expect(runs[0]!.pushResult).toMatch(/^Put "http:\/\/pushgateway:9091\/metrics\/job\/etl_orders\/instance\/batch-1": dial tcp: lookup pushgateway/);
  });
});
