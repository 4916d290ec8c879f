import type { Random } from '../sim/index';
import { DEFAULT_STEP_MS, SteppedExporter } from './exporter';
import { GoProcess } from './go-process';
import { NodeExtras } from './node-extras';
import { addNodeStaticFamilies, NODE_COLLECTORS, type NodeIdentity } from './node-static';
import { NodeDevices } from './node-devices';
import type { NodeSignals } from './node-signals';
import { Registry, type Line } from './registry';

export interface NodeExporterOptions extends NodeIdentity {
  readonly startMs: number;
  readonly random: Random;
  readonly signals: (tMs: number) => NodeSignals;
  /** scrapeDelayMs is `signals(tMs).scrapeDelayMs` alone, which each scrape asks for (default: computed from `signals`). */
  readonly scrapeDelayMs?: (tMs: number) => number;
  readonly stepMs?: number;
}

const CPU_MODES = ['idle', 'iowait', 'irq', 'nice', 'softirq', 'steal', 'system', 'user'] as const;
/** Share of each CPU mode (in CPU_MODES order) over the time before the simulation starts. */
const BOOT_SHARES = [0.8, 0.003, 0, 0.001, 0.004, 0.002, 0.05, 0.14] as const;
/** The windows of the 1, 5 and 15 minute load averages, seconds. */
const LOAD_WINDOWS_S = [60, 300, 900] as const;

/**
 * NodeExporter simulates node_exporter 1.8 on a Linux VM: CPU seconds per
 * cpu and mode, meminfo, filesystems, diskstats, netdev, load averages,
 * time, uname — metric names, HELP texts and label sets as the real one
 * prints them. It answers in the text format only, as node_exporter does by
 * default (it does not enable OpenMetrics negotiation).
 */
export class NodeExporter extends SteppedExporter {
  private readonly reg = new Registry();
  private readonly cpu: Line[][] = [];
  private readonly mem: Record<'free' | 'avail' | 'cached' | 'buffers' | 'active' | 'inactive' | 'anon', Line>;
  private readonly devices: NodeDevices;
  private readonly load: [Line, Line, Line];
  private readonly time: Line;
  private readonly ctxt: Line;
  private readonly intr: Line;
  private readonly forks: Line;
  private readonly procsRunning: Line;
  private readonly filefd: Line;
  private readonly tcpInuse: Line;
  private readonly collectorDuration: Line[] = [];
  private readonly proc: GoProcess;
  private readonly extras: NodeExtras;
  private cachedBytes: number;
  /** Scratch for one CPU's share of each mode in a step (CPU_MODES order), reused to spare an array per CPU. */
  private readonly share = new Float64Array(CPU_MODES.length);

  constructor(private readonly o: NodeExporterOptions) {
    super(o.startMs, o.stepMs ?? DEFAULT_STEP_MS, false);
    const reg = this.reg;
    addNodeStaticFamilies(reg, o);
    const cpuFam = reg.family('node_cpu_seconds_total', 'counter', 'Seconds the CPUs spent in each mode.');
    const uptime = (o.startMs - o.bootMs) / 1000;
    for (let c = 0; c < o.cpus; c++) {
      const lines = CPU_MODES.map((mode) => cpuFam.line({ cpu: String(c), mode }));
      // Counters read from /proc start with the machine's history since boot (~20% busy).
      CPU_MODES.forEach((_, m) => (lines[m]!.value = round2(uptime * BOOT_SHARES[m]! * (0.9 + 0.2 * o.random.next()))));
      this.cpu.push(lines);
    }
    const memLine = (field: string): Line => reg.family(`node_memory_${field}_bytes`, 'gauge', `Memory information field ${field}_bytes.`).line();
    this.mem = {
      free: memLine('MemFree'), avail: memLine('MemAvailable'), cached: memLine('Cached'), buffers: memLine('Buffers'),
      active: memLine('Active'), inactive: memLine('Inactive'), anon: memLine('AnonPages'),
    };
    this.cachedBytes = o.memTotalBytes * 0.25;
    this.devices = new NodeDevices(reg, o.random, uptime, o.signals(o.startMs));
    this.load = [
      reg.family('node_load1', 'gauge', '1m load average.').line(),
      reg.family('node_load5', 'gauge', '5m load average.').line(),
      reg.family('node_load15', 'gauge', '15m load average.').line(),
    ];
    this.time = reg.family('node_time_seconds', 'gauge', 'System time in seconds since epoch (1970).').line();
    this.ctxt = reg.family('node_context_switches_total', 'counter', 'Total number of context switches.').line();
    this.intr = reg.family('node_intr_total', 'counter', 'Total number of interrupts serviced.').line();
    this.forks = reg.family('node_forks_total', 'counter', 'Total number of forks.').line();
    this.procsRunning = reg.family('node_procs_running', 'gauge', 'Number of processes in runnable state.').line();
    reg.family('node_procs_blocked', 'gauge', 'Number of processes blocked waiting for I/O to complete.').line();
    this.filefd = reg.family('node_filefd_allocated', 'gauge', 'File descriptor statistics: allocated.').line();
    this.tcpInuse = reg.family('node_sockstat_TCP_inuse', 'gauge', 'Number of TCP sockets in state inuse.').line();
    const dur = reg.family('node_scrape_collector_duration_seconds', 'gauge', 'node_exporter: Duration of a collector scrape.');
    for (const [collector] of NODE_COLLECTORS) this.collectorDuration.push(dur.line({ collector }));
    this.extras = new NodeExtras(reg, o.memTotalBytes, Math.floor(o.random.next() * 65536));
    this.proc = new GoProcess(reg, o.startMs, 'go1.22.5');
    this.step(o.startMs, 0);
  }

  protected registry(): Registry {
    return this.reg;
  }

  protected step(tMs: number, dtMs: number): void {
    const s = this.o.signals(tMs);
    const r = this.o.random;
    const dt = dtMs / 1000;
    const busy = clamp(s.cpuBusy, 0, 1);
    const share = this.share;
    for (const modes of this.cpu) {
      const u = clamp(busy * (1 + 0.15 * r.normal()), 0, 1);
      const iowait = 0.004 + Math.min(0.05, s.diskWriteBytesPerSec / 2e9);
      share[0] = 1 - u - iowait;
      share[1] = iowait;
      share[2] = 0;
      share[3] = 0.002 * u;
      share[4] = 0.03 * u;
      share[5] = 0.004;
      share[6] = 0.24 * u;
      share[7] = 0.72 * u;
      for (let m = 0; m < modes.length; m++) modes[m]!.value = round2(modes[m]!.value + Math.max(0, share[m]!) * dt);
    }
    // The kernel's exponentially damped load averages (1, 5, 15 minutes).
    const runnable = busy * this.o.cpus * (1 + 0.1 * r.normal());
    for (let i = 0; i < LOAD_WINDOWS_S.length; i++) {
      const l = this.load[i]!;
      const decay = Math.exp(-dt / LOAD_WINDOWS_S[i]!);
      l.value = round2(l.value * decay + Math.max(0, runnable) * (1 - decay));
    }
    this.procsRunning.value = Math.max(1, Math.round(runnable));
    this.ctxt.value += Math.round((1500 + 40000 * busy) * this.o.cpus * dt);
    this.intr.value += Math.round((800 + 20000 * busy) * this.o.cpus * dt);
    this.forks.value += Math.round((0.5 + 3 * r.next()) * dt);
    this.time.value = tMs / 1000;
    // Page cache grows with disk traffic and is reclaimed when workloads need memory.
    const total = this.o.memTotalBytes;
    const used = Math.min(s.memUsedBytes + total * 0.06, total * 0.97);
    this.cachedBytes = clamp(this.cachedBytes + (s.diskReadBytesPerSec * 0.3) * dt - this.cachedBytes * 0.0002 * dt, 0, total - used - total * 0.02);
    const buffers = Math.round(total * 0.012);
    const cached = Math.round(this.cachedBytes);
    const free = Math.max(0, Math.round(total - used - cached - buffers));
    this.mem.free.value = roundKiB(free);
    this.mem.cached.value = roundKiB(cached);
    this.mem.buffers.value = roundKiB(buffers);
    this.mem.avail.value = roundKiB(free + cached * 0.85 + buffers);
    this.mem.anon.value = roundKiB(used);
    this.mem.active.value = roundKiB(used * 0.7 + cached * 0.55);
    this.mem.inactive.value = roundKiB(used * 0.3 + cached * 0.45);
    this.devices.step(s, dt);
    this.filefd.value = Math.round(1800 + 3000 * busy);
    this.tcpInuse.value = Math.round(12 + 200 * busy);
    this.extras.step(dt, { busy: busy * this.o.cpus, rxPacketsPerSec: s.netRxBytesPerSec / 900, txPacketsPerSec: s.netTxBytesPerSec / 1100, diskOpsPerSec: s.diskReadBytesPerSec / 32768 + s.diskWriteBytesPerSec / 16384 });
    for (const l of this.collectorDuration) l.value = Math.round((2e-5 + 1.2e-4 * r.next()) * 1e9) / 1e9;
    this.proc.step(tMs, dtMs, { cpuCores: 0.002 + 0.01 * busy, heapBytes: 3.2e6 + 4e5 * r.next(), goroutines: 8, openFds: 10, allocBytesPerSec: 2e5 });
  }

  protected scrapeDurationMs(tMs: number): number {
    return 18 + Math.floor(((tMs / 1000) % 7) * 3) + (this.o.scrapeDelayMs?.(tMs) ?? this.o.signals(tMs).scrapeDelayMs);
  }

  protected onScrape(): void {
    this.proc.countScrape();
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
function roundKiB(v: number): number {
  return Math.round(v / 1024) * 1024;
}
