import { labelsFromRecord, type Labels } from '../model/labels';

/**
 * A deterministic benchmark dataset shaped like a small production system:
 * HTTP services (request counters, latency histograms) on node_exporter
 * hosts. Scale 1 is ~300 series over 2 h at a 15 s interval; scale 10 has
 * ten times the instances.
 */

export interface DatasetSeries {
  readonly labels: Labels;
  readonly type: 'counter' | 'gauge' | 'histogram';
  readonly family: string;
  readonly values: Float64Array;
}

export interface Dataset {
  readonly startMs: number;
  readonly intervalMs: number;
  readonly points: number;
  readonly series: readonly DatasetSeries[];
}

export const DATASET_START_MS = 1_700_000_000_000;
const INTERVAL_MS = 15_000;
const POINTS = (2 * 3600_000) / INTERVAL_MS;

const HANDLERS = ['/api/users', '/api/orders', '/api/cart', '/api/search', '/health'];
const CODES = ['200', '404', '500'];
const BUCKETS = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];
const CPU_MODES = ['idle', 'user', 'system', 'iowait', 'irq'];

/** mulberry32 is a small seeded PRNG: the same seed gives the same dataset. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDataset(scale = 1, seed = 42): Dataset {
  const rand = mulberry32(seed);
  const series: DatasetSeries[] = [];
  const add = (family: string, name: string, type: DatasetSeries['type'], labels: Record<string, string>, gen: (i: number) => number) => {
    const values = new Float64Array(POINTS);
    for (let i = 0; i < POINTS; i++) values[i] = gen(i);
    series.push({ family, type, labels: labelsFromRecord({ __name__: name, ...labels }), values });
  };
  const counter = (ratePerSec: () => number) => {
    let total = 0;
    return () => (total += Math.round(ratePerSec() * (INTERVAL_MS / 1000)));
  };

  for (let n = 0; n < 3 * scale; n++) {
    const instance = `app-${n}:8080`;
    const node = `node-${n}:9100`;
    const base = { job: 'api', instance };
    for (const handler of HANDLERS) {
      const load = 5 + rand() * 20;
      for (const code of CODES) {
        const share = code === '200' ? 0.95 : code === '404' ? 0.04 : 0.01;
        add('http_requests_total', 'http_requests_total', 'counter', { ...base, handler, code },
          counter(() => load * share * (0.8 + 0.4 * rand())));
      }
      const perBucket = BUCKETS.map((_, i) => Math.min(1, 0.05 + i * 0.11));
      for (let b = 0; b < BUCKETS.length; b++) {
        const fraction = b === BUCKETS.length - 1 ? 1 : perBucket[b]!;
        let total = 0;
        add('http_request_duration_seconds', 'http_request_duration_seconds_bucket', 'histogram', { ...base, handler, le: BUCKETS[b]! },
          () => (total += Math.round(load * fraction * 15)));
      }
      let sum = 0;
      add('http_request_duration_seconds', 'http_request_duration_seconds_sum', 'histogram', { ...base, handler }, () => (sum += load * 15 * (0.05 + rand() * 0.1)));
      let count = 0;
      add('http_request_duration_seconds', 'http_request_duration_seconds_count', 'histogram', { ...base, handler }, () => (count += Math.round(load * 15)));
    }
    const nodeBase = { job: 'node', instance: node };
    for (const cpu of ['0', '1']) {
      for (const mode of CPU_MODES) {
        const share = mode === 'idle' ? 0.7 : mode === 'user' ? 0.2 : 0.03;
        let total = 1000 * share;
        add('node_cpu_seconds_total', 'node_cpu_seconds_total', 'counter', { ...nodeBase, cpu, mode },
          () => (total = Math.round((total + 15 * share * (0.9 + 0.2 * rand())) * 100) / 100));
      }
    }
    const memTotal = 8 * 1024 ** 3;
    add('node_memory_MemTotal_bytes', 'node_memory_MemTotal_bytes', 'gauge', nodeBase, () => memTotal);
    add('node_memory_MemAvailable_bytes', 'node_memory_MemAvailable_bytes', 'gauge', nodeBase, (i) => memTotal * 0.4 - i * 4096 * Math.round(rand() * 100));
    add('node_load1', 'node_load1', 'gauge', nodeBase, () => Math.round(rand() * 200) / 100);
    add('node_load5', 'node_load5', 'gauge', nodeBase, () => Math.round((0.5 + rand()) * 100) / 100);
    add('process_resident_memory_bytes', 'process_resident_memory_bytes', 'gauge', base, (i) => 50e6 + i * 1024 * 4);
    add('go_goroutines', 'go_goroutines', 'gauge', base, () => 40 + Math.round(rand() * 10));
    add('up', 'up', 'gauge', base, () => 1);
    for (const mountpoint of ['/', '/data', '/boot']) {
      add('node_filesystem_avail_bytes', 'node_filesystem_avail_bytes', 'gauge', { ...nodeBase, mountpoint, device: 'sda1', fstype: 'ext4' },
        (i) => 100e9 - i * 1e6);
    }
    for (const device of ['eth0', 'lo']) {
      add('node_network_receive_bytes_total', 'node_network_receive_bytes_total', 'counter', { ...nodeBase, device }, counter(() => 1e5 * rand()));
      add('node_network_transmit_bytes_total', 'node_network_transmit_bytes_total', 'counter', { ...nodeBase, device }, counter(() => 8e4 * rand()));
    }
  }
  return { startMs: DATASET_START_MS, intervalMs: INTERVAL_MS, points: POINTS, series };
}

/** datasetToOpenMetrics renders the dataset as a backfill file (timestamps in seconds, `# EOF`). */
export function datasetToOpenMetrics(ds: Dataset): string {
  const byFamily = new Map<string, DatasetSeries[]>();
  for (const s of ds.series) {
    const list = byFamily.get(s.family) ?? [];
    list.push(s);
    byFamily.set(s.family, list);
  }
  const out: string[] = [];
  for (const [family, list] of byFamily) {
    const type = list[0]!.type;
    const familyName = type === 'counter' ? family.replace(/_total$/, '') : family;
    out.push(`# TYPE ${familyName} ${type}`);
    for (const s of list) {
      const name = s.labels.find((l) => l.name === '__name__')!.value;
      const labels = s.labels.filter((l) => l.name !== '__name__').map((l) => `${l.name}="${l.value}"`).join(',');
      for (let i = 0; i < ds.points; i++) {
        out.push(`${name}{${labels}} ${s.values[i]} ${(ds.startMs + i * ds.intervalMs) / 1000}`);
      }
    }
  }
  out.push('# EOF', '');
  return out.join('\n');
}
