import type { Random } from '../sim/index';
import type { NodeSignals } from './node-signals';
import type { Family, Line, Registry } from './registry';

/**
 * The block devices, filesystems and network interfaces of a simulated VM,
 * as node_exporter's diskstats, filesystem and netdev collectors expose them.
 */

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
 * NodeDevices owns the device lines of one node exporter. Counters start
 * with the traffic since boot (the opening rates over the uptime), as
 * counters read from /proc do when an exporter starts on a running machine.
 */
export class NodeDevices {
  private readonly fs: FsLines[] = [];
  private readonly disks: DiskLines[] = [];
  private readonly nics: NicLines[] = [];

  constructor(reg: Registry, random: Random, uptimeSec: number, opening: NodeSignals) {
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
      const free = Math.round(f.size * (1 - f.used - 0.02 * random.next()));
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
    this.stepDisks(opening, uptimeSec);
    this.stepNics(opening, uptimeSec);
  }

  /** step advances the devices by `dt` seconds under `s`. */
  step(s: NodeSignals, dt: number): void {
    this.stepFilesystems(s, dt);
    this.stepDisks(s, dt);
    this.stepNics(s, dt);
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
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
function roundBlock(v: number): number {
  return Math.round(v / 4096) * 4096;
}
