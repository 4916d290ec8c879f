import type { Registry } from './registry';

/**
 * The node_exporter families that describe the machine rather than measure
 * it: build, uname, OS, clock source, collector success. Values and label
 * sets follow node_exporter 1.x output (see /work/shared/samples).
 */

/** NodeIdentity names a simulated machine. */
export interface NodeIdentity {
  readonly nodename: string;
  readonly cpus: number;
  readonly memTotalBytes: number;
  readonly bootMs: number;
}

/** The collectors a default node_exporter on a VM runs, and whether each succeeds there. */
export const NODE_COLLECTORS: readonly (readonly [string, boolean])[] = [
  ['arp', true], ['bcache', true], ['bonding', false], ['btrfs', true], ['conntrack', true], ['cpu', true],
  ['cpufreq', true], ['diskstats', true], ['dmi', false], ['edac', true], ['entropy', true], ['filefd', true],
  ['filesystem', true], ['hwmon', false], ['loadavg', true], ['meminfo', true], ['netclass', true],
  ['netdev', true], ['netstat', true], ['os', true], ['pressure', true], ['sockstat', true], ['softnet', true],
  ['stat', true], ['textfile', true], ['time', true], ['timex', true], ['uname', true], ['vmstat', true],
  ['xfs', true], ['zfs', false],
];

export function addNodeStaticFamilies(reg: Registry, id: NodeIdentity): void {
  reg.family('node_boot_time_seconds', 'gauge', 'Node boot time, in unixtime.').line().value = Math.floor(id.bootMs / 1000);
  reg.family('node_exporter_build_info', 'gauge', "A metric with a constant '1' value labeled by version, revision, branch, goversion from which node_exporter was built, and the goos and goarch for the build.").line({
    branch: 'HEAD', goarch: 'amd64', goos: 'linux', goversion: 'go1.22.5', revision: '0a9c2f7b9b8e1c6d3e6a6f1f1d0e8b1a9e4b2c11', tags: 'unknown', version: '1.8.2',
  }).value = 1;
  reg.family('node_uname_info', 'gauge', 'Labeled system information as provided by the uname system call.').line({
    domainname: '(none)', machine: 'x86_64', nodename: id.nodename, release: '6.1.0-21-cloud-amd64', sysname: 'Linux', version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)',
  }).value = 1;
  reg.family('node_os_info', 'gauge', "A metric with a constant '1' value labeled by build_id, id, id_like, image_id, image_version, name, pretty_name, variant, variant_id, version, version_codename, version_id.").line({
    build_id: '', id: 'debian', id_like: '', image_id: '', image_version: '', name: 'Debian GNU/Linux', pretty_name: 'Debian GNU/Linux 12 (bookworm)', variant: '', variant_id: '', version: '12 (bookworm)', version_codename: 'bookworm', version_id: '12',
  }).value = 1;
  reg.family('node_os_version', 'gauge', 'Metric containing the major.minor part of the OS version.').line({ id: 'debian', id_like: '', name: 'Debian GNU/Linux' }).value = 12;
  reg.family('node_time_clocksource_current_info', 'gauge', "Current clocksource read from '/sys/devices/system/clocksource'.").line({ clocksource: 'kvm-clock', device: '0' }).value = 1;
  reg.family('node_time_zone_offset_seconds', 'gauge', 'System time zone offset in seconds.').line({ time_zone: 'UTC' }).value = 0;
  reg.family('node_textfile_scrape_error', 'gauge', '1 if there was an error opening or reading a file, 0 otherwise').line().value = 0;
  reg.family('node_entropy_available_bits', 'gauge', 'Bits of available entropy.').line().value = 256;
  reg.family('node_entropy_pool_size_bits', 'gauge', 'Bits of entropy pool.').line().value = 256;
  reg.family('node_filefd_maximum', 'gauge', 'File descriptor statistics: maximum.').line().value = 9223372036854775807;
  reg.family('node_memory_MemTotal_bytes', 'gauge', 'Memory information field MemTotal_bytes.').line().value = id.memTotalBytes;
  reg.family('node_memory_SwapTotal_bytes', 'gauge', 'Memory information field SwapTotal_bytes.').line().value = 0;
  reg.family('node_memory_SwapFree_bytes', 'gauge', 'Memory information field SwapFree_bytes.').line().value = 0;
  reg.family('node_memory_Hugepagesize_bytes', 'gauge', 'Memory information field Hugepagesize_bytes.').line().value = 2097152;
  const success = reg.family('node_scrape_collector_success', 'gauge', 'node_exporter: Whether a collector succeeded.');
  for (const [collector, ok] of NODE_COLLECTORS) success.line({ collector }).value = ok ? 1 : 0;
}
