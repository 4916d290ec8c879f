import type { Random } from '../sim/index';
import { DEFAULT_STEP_MS, SteppedExporter } from './exporter';
import { GoProcess } from './go-process';
import { NodeExtras } from './node-extras';
import { addNodeStaticFamilies, NODE_COLLECTORS, type NodeIdentity } from './node-static';
import { Registry, type Family, type Line } from './registry';

/** NodeSignals is what the workload does to a machine during one step (from the world's load model). */
export interface NodeSignals {
  /** Fraction of all CPU time busy, 0…1. */
  readonly cpuBusy: number;
  /** Anonymous memory the workloads hold, bytes. */
  readonly memUsedBytes: number;
  readonly netRxBytesPerSec: number;
  readonly netTxBytesPerSec: number;
  readonly diskReadBytesPerSec: number;
  readonly diskWriteBytesPerSec: number;
  /** Extra growth of the data filesystem's usage, bytes/s (the disk-filling incident); negative frees space. */
  readonly diskFillBytesPerSec: number;
  /** Extra time a scrape takes, ms (the slow-scrape incident). */
  readonly scrapeDelayMs: number;
}

export interface NodeExporterOptions extends NodeIdentity {
  readonly startMs: number;
  readonly random: Random;
  readonly signals: (tMs: number) => NodeSignals;
  readonly stepMs?: number;
}

const CPU_MODES = ['idle', 'iowait', 'irq', 'nice', 'softirq', 'steal', 'system', 'user'] as const;
/** The filesystems of a typical cloud VM: root, a data volume, and /boot/efi. */
const FILESYSTEMS = [
  { device: '/dev/vda1', fstype: 'ext4', mountpoint: '/', size: 53660876800, files: 3276800, used: 0.38 },
  { device: '/dev/vdb', fstype: 'xfs', mountpoint: '/var/lib/data', size: 214643507200, files: 104857600, used: 0.52 },
  { device: '/dev/vda15', fstype: 'vfat', mountpoint: '/boot/efi', size: 129718272, files: 0, used: 0.05 },
] as const;
const DISKS = ['vda', 'vdb'] as const;
const NICS = ['eth0', 'lo'] as const;

interface FsLines { size: number; free: number; avail: Line; freeL: Line; filesFree: Line }
interface DiskLines { readBytes: Line; written: Line; reads: Line; writes: Line; ioTime: Line; readTime: Line; writeTime: Line; ioNow: Line }
interface NicLines { rx: Line; tx: Line; rxPackets: Line; txPackets: Line; rxErrs: Line; txErrs: Line; rxDrop: Line }

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
  private readonly fs: FsLines[] = [];
  private readonly disks: DiskLines[] = [];
  private readonly nics: NicLines[] = [];
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

  constructor(private readonly o: NodeExporterOptions) {
    super(o.startMs, o.stepMs ?? DEFAULT_STEP_MS, false);
    const reg = this.reg;
    addNodeStaticFamilies(reg, o);
    const cpuFam = reg.family('node_cpu_seconds_total', 'counter', 'Seconds the CPUs spent in each mode.');
    const uptime = (o.startMs - o.bootMs) / 1000;
    for (let c = 0; c < o.cpus; c++) {
      const lines = CPU_MODES.map((mode) => cpuFam.line({ cpu: String(c), mode }));
      // Start with the history of the machine's uptime at ~20% busy.
      lines[0]!.value = round2(uptime * 0.8);
      lines[6]!.value = round2(uptime * 0.05);
      lines[7]!.value = round2(uptime * 0.15);
      this.cpu.push(lines);
    }
    const memLine = (field: string): Line => reg.family(`node_memory_${field}_bytes`, 'gauge', `Memory information field ${field}_bytes.`).line();
    this.mem = {
      free: memLine('MemFree'), avail: memLine('MemAvailable'), cached: memLine('Cached'), buffers: memLine('Buffers'),
      active: memLine('Active'), inactive: memLine('Inactive'), anon: memLine('AnonPages'),
    };
    this.cachedBytes = o.memTotalBytes * 0.25;
    const fsFam = (n: string, help: string): Family => reg.family(`node_filesystem_${n}`, 'gauge', help);
    const sizeF = fsFam('size_bytes', 'Filesystem size in bytes.');
    const freeF = fsFam('free_bytes', 'Filesystem free space in bytes.');
    const availF = fsFam('avail_bytes', 'Filesystem space available to non-root users in bytes.');
    const filesF = fsFam('files', 'Filesystem total file nodes.');
    const filesFreeF = fsFam('files_free', 'Filesystem total free file nodes.');
    const roF = fsFam('readonly', 'Filesystem read-only status.');
    const errF = fsFam('device_error', 'Whether an error occurred while getting statistics for the given device.');
    for (const f of FILESYSTEMS) {
      const labels = { device: f.device, fstype: f.fstype, mountpoint: f.mountpoint };
      sizeF.line(labels).value = f.size;
      filesF.line(labels).value = f.files;
      roF.line(labels);
      errF.line(labels);
      const free = Math.round(f.size * (1 - f.used - 0.02 * o.random.next()));
      this.fs.push({ size: f.size, free, avail: availF.line(labels), freeL: freeF.line(labels), filesFree: filesFreeF.line(labels) });
    }
    const disk = (n: string, type: 'counter' | 'gauge', help: string): Family => reg.family(`node_disk_${n}`, type, help);
    const dF = {
      readBytes: disk('read_bytes_total', 'counter', 'The total number of bytes read successfully.'),
      written: disk('written_bytes_total', 'counter', 'The total number of bytes written successfully.'),
      reads: disk('reads_completed_total', 'counter', 'The total number of reads completed successfully.'),
      writes: disk('writes_completed_total', 'counter', 'The total number of writes completed successfully.'),
      ioTime: disk('io_time_seconds_total', 'counter', 'Total seconds spent doing I/Os.'),
      readTime: disk('read_time_seconds_total', 'counter', 'The total number of seconds spent by all reads.'),
      writeTime: disk('write_time_seconds_total', 'counter', 'This is the total number of seconds spent by all writes.'),
      ioNow: disk('io_now', 'gauge', 'The number of I/Os currently in progress.'),
    };
    for (const device of DISKS) {
      const l = { device };
      this.disks.push({
        readBytes: dF.readBytes.line(l), written: dF.written.line(l), reads: dF.reads.line(l), writes: dF.writes.line(l),
        ioTime: dF.ioTime.line(l), readTime: dF.readTime.line(l), writeTime: dF.writeTime.line(l), ioNow: dF.ioNow.line(l),
      });
    }
    const net = (n: string): Family => reg.family(`node_network_${n}_total`, 'counter', `Network device statistic ${n}.`);
    const nF = { rx: net('receive_bytes'), tx: net('transmit_bytes'), rxP: net('receive_packets'), txP: net('transmit_packets'), rxE: net('receive_errs'), txE: net('transmit_errs'), rxD: net('receive_drop') };
    const up = reg.family('node_network_up', 'gauge', "Value is 1 if operstate is 'up', 0 otherwise.");
    const mtu = reg.family('node_network_mtu_bytes', 'gauge', 'Network device property: mtu_bytes');
    for (const device of NICS) {
      const l = { device };
      this.nics.push({ rx: nF.rx.line(l), tx: nF.tx.line(l), rxPackets: nF.rxP.line(l), txPackets: nF.txP.line(l), rxErrs: nF.rxE.line(l), txErrs: nF.txE.line(l), rxDrop: nF.rxD.line(l) });
      up.line(l).value = device === 'eth0' ? 1 : 0;
      mtu.line(l).value = device === 'eth0' ? 1500 : 65536;
    }
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
    for (const modes of this.cpu) {
      const u = clamp(busy * (1 + 0.15 * r.normal()), 0, 1);
      const iowait = 0.004 + Math.min(0.05, s.diskWriteBytesPerSec / 2e9);
      const share = [1 - u - iowait, iowait, 0, 0.002 * u, 0.03 * u, 0.004, 0.24 * u, 0.72 * u];
      for (let m = 0; m < modes.length; m++) modes[m]!.value = round2(modes[m]!.value + Math.max(0, share[m]!) * dt);
    }
    // The kernel's exponentially damped load averages (1, 5, 15 minutes).
    const runnable = busy * this.o.cpus * (1 + 0.1 * r.normal());
    [60, 300, 900].forEach((window, i) => {
      const l = this.load[i]!;
      const decay = Math.exp(-dt / window);
      l.value = round2(l.value * decay + Math.max(0, runnable) * (1 - decay));
    });
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
    this.stepFilesystems(s, dt);
    this.stepDisks(s, dt);
    this.stepNics(s, dt);
    this.filefd.value = Math.round(1800 + 3000 * busy);
    this.tcpInuse.value = Math.round(12 + 200 * busy);
    this.extras.step(dt, { busy: busy * this.o.cpus, rxPacketsPerSec: s.netRxBytesPerSec / 900, txPacketsPerSec: s.netTxBytesPerSec / 1100, diskOpsPerSec: s.diskReadBytesPerSec / 32768 + s.diskWriteBytesPerSec / 16384 });
    for (const l of this.collectorDuration) l.value = Math.round((2e-5 + 1.2e-4 * r.next()) * 1e9) / 1e9;
    this.proc.step(tMs, dtMs, { cpuCores: 0.002 + 0.01 * busy, heapBytes: 3.2e6 + 4e5 * r.next(), goroutines: 8, openFds: 10, allocBytesPerSec: 2e5 });
  }

  private stepFilesystems(s: NodeSignals, dt: number): void {
    for (let i = 0; i < this.fs.length; i++) {
      const f = this.fs[i]!;
      // Logs and data grow slowly; the data volume also takes the incident's fill rate.
      const growth = i === 0 ? 1500 : i === 1 ? s.diskWriteBytesPerSec * 0.02 + s.diskFillBytesPerSec : 0;
      f.free = clamp(f.free - growth * dt, 0, f.size);
      const reserved = FILESYSTEMS[i]!.fstype === 'ext4' ? f.size * 0.05 : 0;
      f.freeL.value = roundBlock(f.free);
      f.avail.value = roundBlock(Math.max(0, f.free - reserved));
      f.filesFree.value = Math.round(FILESYSTEMS[i]!.files * (f.free / f.size));
    }
  }

  private stepDisks(s: NodeSignals, dt: number): void {
    const split = [0.35, 0.65];
    for (let i = 0; i < this.disks.length; i++) {
      const d = this.disks[i]!;
      const rb = s.diskReadBytesPerSec * split[i]! * dt;
      const wb = s.diskWriteBytesPerSec * split[i]! * dt;
      const reads = Math.round(rb / 32768);
      const writes = Math.round(wb / 16384);
      d.readBytes.value += reads * 32768;
      d.written.value += writes * 16384;
      d.reads.value += reads;
      d.writes.value += writes;
      d.readTime.value = round3(d.readTime.value + reads * 0.0004);
      d.writeTime.value = round3(d.writeTime.value + writes * 0.0009);
      d.ioTime.value = round3(d.ioTime.value + Math.min(dt, (reads * 0.0004 + writes * 0.0009) * 0.8));
      d.ioNow.value = 0;
    }
  }

  private stepNics(s: NodeSignals, dt: number): void {
    const eth = this.nics[0]!;
    const rx = Math.round(s.netRxBytesPerSec * dt);
    const tx = Math.round(s.netTxBytesPerSec * dt);
    eth.rx.value += rx;
    eth.tx.value += tx;
    eth.rxPackets.value += Math.round(rx / 900);
    eth.txPackets.value += Math.round(tx / 1100);
    const lo = this.nics[1]!;
    const loBytes = Math.round(2e4 * dt);
    lo.rx.value += loBytes;
    lo.tx.value += loBytes;
    lo.rxPackets.value += Math.round(loBytes / 400);
    lo.txPackets.value += Math.round(loBytes / 400);
  }

  protected scrapeDurationMs(tMs: number): number {
    return 18 + Math.floor(((tMs / 1000) % 7) * 3) + this.o.signals(tMs).scrapeDelayMs;
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
function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
function roundKiB(v: number): number {
  return Math.round(v / 1024) * 1024;
}
function roundBlock(v: number): number {
  return Math.round(v / 4096) * 4096;
}
