import type { Line, Registry } from './registry';

/**
 * The long tail of node_exporter families a real scrape carries — the rest
 * of meminfo, netstat, sockstat, vmstat, pressure, softnet, conntrack and
 * network device properties — with the real names, types and HELP texts.
 * Most are steady; counters among them grow with the machine's activity.
 */

/** NodeActivity is the per-second activity the long-tail counters follow. */
export interface NodeActivity {
  readonly busy: number;
  readonly rxPacketsPerSec: number;
  readonly txPacketsPerSec: number;
  readonly diskOpsPerSec: number;
}

type Driver = keyof NodeActivity | 'one';

/** [name suffix, type, help, per-second rate, driver] for counters; rate 0 for steady values. */
type Def = readonly [string, 'gauge' | 'counter' | 'untyped', string, number, Driver];

const MEMINFO_EXTRA = [
  'Active_anon', 'Active_file', 'AnonHugePages', 'Bounce', 'CommitLimit', 'Committed_AS', 'DirectMap1G', 'DirectMap2M', 'DirectMap4k', 'Dirty',
  'Inactive_anon', 'Inactive_file', 'KReclaimable', 'KernelStack', 'Mapped', 'Mlocked', 'PageTables', 'Percpu', 'SReclaimable', 'SUnreclaim',
  'Shmem', 'Slab', 'SwapCached', 'Unevictable', 'VmallocChunk', 'VmallocTotal', 'VmallocUsed', 'Writeback', 'WritebackTmp',
] as const;

/** Fractions of MemTotal for the steady meminfo fields (VmallocTotal is the fixed 32 TiB of x86-64). */
const MEM_FRACTION: Readonly<Record<string, number>> = {
  Active_anon: 0.06, Active_file: 0.14, AnonHugePages: 0.01, CommitLimit: 0.5, Committed_AS: 0.2, DirectMap1G: 0.9, DirectMap2M: 0.08,
  DirectMap4k: 0.002, Dirty: 0.0001, Inactive_anon: 0.02, Inactive_file: 0.1, KReclaimable: 0.01, KernelStack: 0.0004, Mapped: 0.02,
  Mlocked: 0.001, PageTables: 0.002, Percpu: 0.0001, SReclaimable: 0.01, SUnreclaim: 0.003, Shmem: 0.002, Slab: 0.013, Unevictable: 0.001,
  VmallocUsed: 0.001,
};

const NETSTAT: readonly Def[] = [
  ['Icmp_InErrors', 'untyped', 'Statistic IcmpInErrors.', 0, 'one'],
  ['Icmp_InMsgs', 'untyped', 'Statistic IcmpInMsgs.', 0.2, 'one'],
  ['Icmp_OutMsgs', 'untyped', 'Statistic IcmpOutMsgs.', 0.2, 'one'],
  ['IpExt_InOctets', 'untyped', 'Statistic IpExtInOctets.', 900, 'rxPacketsPerSec'],
  ['IpExt_OutOctets', 'untyped', 'Statistic IpExtOutOctets.', 1100, 'txPacketsPerSec'],
  ['Ip_Forwarding', 'untyped', 'Statistic IpForwarding.', 0, 'one'],
  ['TcpExt_ListenDrops', 'untyped', 'Statistic TcpExtListenDrops.', 0, 'one'],
  ['TcpExt_ListenOverflows', 'untyped', 'Statistic TcpExtListenOverflows.', 0, 'one'],
  ['TcpExt_TCPSynRetrans', 'untyped', 'Statistic TcpExtTCPSynRetrans.', 0.001, 'txPacketsPerSec'],
  ['TcpExt_TCPTimeouts', 'untyped', 'Statistic TcpExtTCPTimeouts.', 0.0005, 'txPacketsPerSec'],
  ['Tcp_ActiveOpens', 'untyped', 'Statistic TcpActiveOpens.', 0.02, 'txPacketsPerSec'],
  ['Tcp_InErrs', 'untyped', 'Statistic TcpInErrs.', 0, 'one'],
  ['Tcp_InSegs', 'untyped', 'Statistic TcpInSegs.', 1, 'rxPacketsPerSec'],
  ['Tcp_OutRsts', 'untyped', 'Statistic TcpOutRsts.', 0.002, 'txPacketsPerSec'],
  ['Tcp_OutSegs', 'untyped', 'Statistic TcpOutSegs.', 1, 'txPacketsPerSec'],
  ['Tcp_PassiveOpens', 'untyped', 'Statistic TcpPassiveOpens.', 0.03, 'rxPacketsPerSec'],
  ['Tcp_RetransSegs', 'untyped', 'Statistic TcpRetransSegs.', 0.0008, 'txPacketsPerSec'],
  ['Udp_InDatagrams', 'untyped', 'Statistic UdpInDatagrams.', 12, 'one'],
  ['Udp_InErrors', 'untyped', 'Statistic UdpInErrors.', 0, 'one'],
  ['Udp_NoPorts', 'untyped', 'Statistic UdpNoPorts.', 0.01, 'one'],
  ['Udp_OutDatagrams', 'untyped', 'Statistic UdpOutDatagrams.', 12, 'one'],
  ['Udp_RcvbufErrors', 'untyped', 'Statistic UdpRcvbufErrors.', 0, 'one'],
  ['Udp_SndbufErrors', 'untyped', 'Statistic UdpSndbufErrors.', 0, 'one'],
];

const VMSTAT: readonly Def[] = [
  ['oom_kill', 'untyped', '/proc/vmstat information field oom_kill.', 0, 'one'],
  ['pgfault', 'untyped', '/proc/vmstat information field pgfault.', 40000, 'busy'],
  ['pgmajfault', 'untyped', '/proc/vmstat information field pgmajfault.', 0.5, 'one'],
  ['pgpgin', 'untyped', '/proc/vmstat information field pgpgin.', 8, 'diskOpsPerSec'],
  ['pgpgout', 'untyped', '/proc/vmstat information field pgpgout.', 16, 'diskOpsPerSec'],
  ['pswpin', 'untyped', '/proc/vmstat information field pswpin.', 0, 'one'],
  ['pswpout', 'untyped', '/proc/vmstat information field pswpout.', 0, 'one'],
];

const PRESSURE: readonly Def[] = [
  ['cpu_waiting_seconds_total', 'counter', 'Total time in seconds that processes have waited for CPU time', 0.08, 'busy'],
  ['io_stalled_seconds_total', 'counter', 'Total time in seconds no process could make progress due to IO congestion', 0.00002, 'diskOpsPerSec'],
  ['io_waiting_seconds_total', 'counter', 'Total time in seconds that processes have waited due to IO congestion', 0.00003, 'diskOpsPerSec'],
  ['memory_stalled_seconds_total', 'counter', 'Total time in seconds no process could make progress due to memory congestion', 0, 'one'],
  ['memory_waiting_seconds_total', 'counter', 'Total time in seconds that processes have waited for memory', 0, 'one'],
];

const SOCKSTAT: readonly (readonly [string, string, number])[] = [
  ['FRAG6_inuse', 'Number of FRAG6 sockets in state inuse.', 0], ['FRAG6_memory', 'Number of FRAG6 sockets in state memory.', 0],
  ['FRAG_inuse', 'Number of FRAG sockets in state inuse.', 0], ['FRAG_memory', 'Number of FRAG sockets in state memory.', 0],
  ['RAW6_inuse', 'Number of RAW6 sockets in state inuse.', 1], ['RAW_inuse', 'Number of RAW sockets in state inuse.', 0],
  ['TCP6_inuse', 'Number of TCP6 sockets in state inuse.', 6], ['TCP_alloc', 'Number of TCP sockets in state alloc.', 48],
  ['TCP_mem', 'Number of TCP sockets in state mem.', 12], ['TCP_mem_bytes', 'Number of TCP sockets in state mem_bytes.', 49152],
  ['TCP_orphan', 'Number of TCP sockets in state orphan.', 0], ['TCP_tw', 'Number of TCP sockets in state tw.', 35],
  ['UDP6_inuse', 'Number of UDP6 sockets in state inuse.', 1], ['UDP_inuse', 'Number of UDP sockets in state inuse.', 3],
  ['UDP_mem', 'Number of UDP sockets in state mem.', 2], ['UDP_mem_bytes', 'Number of UDP sockets in state mem_bytes.', 8192],
  ['sockets_used', 'Number of IPv4 sockets in use.', 180],
];

/** Network device properties from /sys/class/net, per device: [eth0, lo]. */
const NET_PROPS: readonly (readonly [string, readonly [number, number]])[] = [
  ['address_assign_type', [0, 0]], ['carrier', [1, 1]], ['device_id', [0, 0]], ['dormant', [0, 0]], ['flags', [4099, 9]],
  ['iface_id', [2, 1]], ['iface_link', [2, 1]], ['iface_link_mode', [0, 0]], ['name_assign_type', [4, 2]], ['net_dev_group', [0, 0]],
  ['protocol_type', [1, 772]], ['transmit_queue_length', [1000, 1000]],
];

interface Growing {
  readonly line: Line;
  readonly rate: number;
  readonly driver: Driver;
}

/** NodeExtras owns the long-tail lines of one node exporter. */
export class NodeExtras {
  private readonly growing: Growing[] = [];
  private readonly conntrack: Line;

  constructor(reg: Registry, memTotalBytes: number, macSeed: number) {
    for (const field of MEMINFO_EXTRA) {
      const v = field === 'VmallocTotal' ? 35184372087808 : Math.round(((MEM_FRACTION[field] ?? 0) * memTotalBytes) / 4096) * 4096;
      reg.family(`node_memory_${field}_bytes`, 'gauge', `Memory information field ${field}_bytes.`).line().value = v;
    }
    for (const field of ['HugePages_Free', 'HugePages_Rsvd', 'HugePages_Surp', 'HugePages_Total']) {
      reg.family(`node_memory_${field}`, 'gauge', `Memory information field ${field}.`).line();
    }
    this.defs(reg, 'node_netstat_', NETSTAT);
    this.defs(reg, 'node_vmstat_', VMSTAT);
    this.defs(reg, 'node_pressure_', PRESSURE);
    for (const [name, help, v] of SOCKSTAT) reg.family(`node_sockstat_${name}`, 'gauge', help).line().value = v;
    for (const [prop, values] of NET_PROPS) {
      const f = reg.family(`node_network_${prop}`, 'gauge', `Network device property: ${prop}`);
      f.line({ device: 'eth0' }).value = values[0];
      f.line({ device: 'lo' }).value = values[1];
    }
    const mac = `02:42:0a:00:${hex2(macSeed >>> 8)}:${hex2(macSeed)}`;
    const info = reg.family('node_network_info', 'gauge', 'Non-numeric data from /sys/class/net/<iface>, value is always 1.');
    info.line({ address: mac, broadcast: 'ff:ff:ff:ff:ff:ff', device: 'eth0', duplex: 'full', ifalias: '', operstate: 'up' }).value = 1;
    info.line({ address: '00:00:00:00:00:00', broadcast: '00:00:00:00:00:00', device: 'lo', duplex: '', ifalias: '', operstate: 'unknown' }).value = 1;
    reg.family('node_network_speed_bytes', 'gauge', 'Network device property: speed_bytes').line({ device: 'eth0' }).value = 1.25e9;
    const softnet = (n: string, help: string, rate: number, driver: Driver): void => {
      const f = reg.family(`node_softnet_${n}_total`, 'counter', help);
      this.growing.push({ line: f.line({ cpu: '0' }), rate, driver });
    };
    softnet('dropped', 'Number of dropped packets', 0, 'one');
    softnet('processed', 'Number of processed packets', 1, 'rxPacketsPerSec');
    softnet('times_squeezed', 'Number of times processing packets ran out of quota', 0.0002, 'rxPacketsPerSec');
    reg.family('node_nf_conntrack_entries_limit', 'gauge', 'Maximum size of connection tracking table.').line().value = 262144;
    this.conntrack = reg.family('node_nf_conntrack_entries', 'gauge', 'Number of currently allocated flow entries for connection tracking.').line();
    reg.family('node_selinux_enabled', 'gauge', 'SELinux is enabled, 1 is true, 0 is false').line().value = 0;
    reg.family('node_timex_sync_status', 'gauge', 'Is clock synchronized to a reliable server (1 = yes, 0 = no).').line().value = 1;
    reg.family('node_timex_offset_seconds', 'gauge', 'Time offset in between local system and reference clock.').line().value = 0.000012;
    reg.family('node_timex_maxerror_seconds', 'gauge', 'Maximum error in seconds.').line().value = 0.0125;
  }

  private defs(reg: Registry, prefix: string, defs: readonly Def[]): void {
    for (const [name, type, help, rate, driver] of defs) {
      const line = reg.family(prefix + name, type, help).line();
      if (rate > 0) this.growing.push({ line, rate, driver });
    }
  }

  /** step advances the growing counters by `dt` seconds of `activity`. */
  step(dt: number, activity: NodeActivity): void {
    for (const g of this.growing) {
      const per = g.driver === 'one' ? 1 : activity[g.driver];
      g.line.addCount(g.rate * per * dt);
    }
    this.conntrack.value = Math.round(60 + activity.rxPacketsPerSec * 0.4);
  }
}

function hex2(n: number): string {
  return (n & 0xff).toString(16).padStart(2, '0');
}
