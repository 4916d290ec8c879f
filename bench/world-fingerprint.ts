/**
 * World fingerprint: a hash of everything the default world stores in `hours`
 * of virtual time (with a traffic spike in the first hour, so incident paths
 * count too): every series' labels and samples, read back through a querier.
 * A speed change to scraping, the exporters or the TSDB must leave it as it
 * was; compare before and after.
 *
 * Run: `npx tsx bench/world-fingerprint.ts [hours]` (default 3).
 */
import { createHash } from 'node:crypto';
import { DEFAULT_CONFIG_YAML, parseConfig } from '../engine/config/index';
import { labelsToRecord } from '../engine/model/labels';
import { ScrapeManager } from '../engine/scrape/index';
import { createHead } from '../engine/tsdb/index';
import { createWorld } from '../engine/world/index';

const START_MS = Date.UTC(2026, 0, 1);
const HOUR_MS = 3_600_000;

export function worldFingerprint(hours: number): { hash: string; samples: number; appendErrors: number } {
  const world = createWorld({ seed: 1, startMs: START_MS });
  world.incidents.start('traffic-spike', { atMs: START_MS + HOUR_MS / 2, durationMs: 900_000 });
  const head = createHead();
  const scrape = new ScrapeManager({
    config: parseConfig(DEFAULT_CONFIG_YAML).config,
    network: world.network,
    storage: head,
    clock: world.clock,
    discovery: { kubernetes: world.cluster, files: new Map() },
  });
  for (let h = 1; h <= hours; h++) scrape.runUntil(START_MS + h * HOUR_MS);
  const hash = createHash('sha256');
  let samples = 0;
  for (const s of head.querier(-Infinity, Infinity).select([])) {
    hash.update(JSON.stringify(labelsToRecord(s.labels)));
    const b = s.samples(-8.64e15, 8.64e15);
    // Raw bytes, so -0, NaN payloads and stale markers count exactly.
    hash.update(new Uint8Array(b.ts.buffer, b.ts.byteOffset, b.length * 8));
    hash.update(new Uint8Array(b.vs.buffer, b.vs.byteOffset, b.length * 8));
    hash.update(new Uint8Array(b.stale.buffer, b.stale.byteOffset, b.length));
    samples += b.length;
  }
  const result = { hash: hash.digest('hex'), samples, appendErrors: scrape.appendErrors };
  scrape.dispose();
  return result;
}

if (process.argv[1]?.endsWith('world-fingerprint.ts')) {
  const hours = Number(process.argv[2] ?? 3);
  const r = worldFingerprint(hours);
  console.log(`World ${hours} h: ${r.samples} samples, append errors ${r.appendErrors}, sha256 ${r.hash}`);
}
