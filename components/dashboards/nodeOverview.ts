import { DEFAULT_TIMESERIES, type Dashboard } from './model';
import type { ThresholdStep } from './units';

const SEL = 'job="$job",instance="$node"';
const RATE = '$__rate_interval';
const full: ThresholdStep[] = [{ value: null, color: 'green' }, { value: 0.7, color: 'orange' }, { value: 0.9, color: 'red' }];

/**
 * NODE_OVERVIEW follows the main rows of the popular "Node Exporter Full"
 * dashboard (grafana.com 1860) for one host picked by `$node`: the quick
 * gauges, then CPU, memory, network and disk over time.
 */
export const NODE_OVERVIEW: Dashboard = {
  uid: 'node-overview',
  title: 'Node overview',
  description: 'One machine under the services, as node_exporter reports it — laid out like the community’s “Node Exporter Full”.',
  tags: ['linux', 'node_exporter'],
  rangeMs: 3_600_000,
  refreshMs: 15_000,
  variables: [
    { kind: 'query', name: 'job', label: 'Job', query: 'label_values(node_uname_info, job)', multi: false, includeAll: false },
    { kind: 'query', name: 'node', label: 'Host', query: 'label_values(node_uname_info{job="$job"}, instance)', multi: false, includeAll: false },
  ],
  rows: [
    {
      title: 'Quick CPU / Mem / Disk',
      panels: [
        {
          id: 'node-cpu-busy', type: 'gauge', title: 'CPU Busy', unit: 'percentunit', w: 4, h: 6, min: 0, max: 1, thresholds: full,
          description: 'The share of CPU time spent on anything but idling, over all CPUs of the host.',
          queries: [{ expr: `1 - avg(rate(node_cpu_seconds_total{${SEL},mode="idle"}[${RATE}]))` }],
        },
        {
          id: 'node-load', type: 'gauge', title: 'Sys Load (1m / CPUs)', unit: 'percentunit', w: 4, h: 6, min: 0, max: 1.5, thresholds: full,
          description: 'Load average per CPU: above 100% processes wait for a CPU.',
          queries: [{ expr: `node_load1{${SEL}} / scalar(count(node_cpu_seconds_total{${SEL},mode="idle"}))` }],
        },
        {
          id: 'node-ram-used', type: 'gauge', title: 'RAM Used', unit: 'percentunit', w: 4, h: 6, min: 0, max: 1, thresholds: full,
          description: 'Memory not available to new work (total minus MemAvailable) as a share of the total.',
          queries: [{ expr: `1 - node_memory_MemAvailable_bytes{${SEL}} / node_memory_MemTotal_bytes{${SEL}}` }],
        },
        {
          id: 'node-root-fs', type: 'gauge', title: 'Root FS Used', unit: 'percentunit', w: 4, h: 6, min: 0, max: 1, thresholds: full,
          description: 'The root filesystem’s used share: a full disk stops logs and databases.',
          queries: [{ expr: `1 - node_filesystem_avail_bytes{${SEL},mountpoint="/"} / node_filesystem_size_bytes{${SEL},mountpoint="/"}` }],
        },
        {
          id: 'node-cores', type: 'stat', title: 'CPU Cores', unit: 'short', w: 2, h: 6,
          description: 'CPUs the host reports.',
          queries: [{ expr: `count(node_cpu_seconds_total{${SEL},mode="idle"})` }],
        },
        {
          id: 'node-ram-total', type: 'stat', title: 'RAM Total', unit: 'bytes', w: 3, h: 6,
          description: 'Physical memory of the host.',
          queries: [{ expr: `node_memory_MemTotal_bytes{${SEL}}` }],
        },
        {
          id: 'node-uptime', type: 'stat', title: 'Uptime', unit: 's', w: 3, h: 6,
          description: 'Time since the host booted.',
          mappings: [{ kind: 'range', from: null, to: 300, text: 'just rebooted', color: 'orange' }],
          queries: [{ expr: `node_time_seconds{${SEL}} - node_boot_time_seconds{${SEL}}` }],
        },
      ],
    },
    {
      title: 'Basic CPU / Mem / Net / Disk',
      panels: [
        {
          id: 'node-cpu-basic', type: 'timeseries', title: 'CPU Basic', unit: 'percentunit', w: 12, h: 8, min: 0,
          description: 'Where the busy CPU time goes: user code, the kernel (system) or waiting for disk (iowait) each point at a different fix.',
          timeseries: { ...DEFAULT_TIMESERIES, stacking: 'normal', fillOpacity: 40 },
          legendCalcs: ['mean', 'max'],
          queries: [{ expr: `sum by (mode) (rate(node_cpu_seconds_total{${SEL},mode!="idle"}[${RATE}])) / scalar(count(node_cpu_seconds_total{${SEL},mode="idle"}))`, legend: '{{mode}}' }],
        },
        {
          id: 'node-mem-basic', type: 'timeseries', title: 'Memory Basic', unit: 'bytes', w: 12, h: 8, min: 0,
          description: 'Total, used, cached and free memory: a steady climb of “used” with nothing freed is the signature of a leak.',
          timeseries: { ...DEFAULT_TIMESERIES, fillOpacity: 15 },
          legendCalcs: ['last'],
          queries: [
            { expr: `node_memory_MemTotal_bytes{${SEL}}`, legend: 'RAM Total' },
            { expr: `node_memory_MemTotal_bytes{${SEL}} - node_memory_MemAvailable_bytes{${SEL}}`, legend: 'RAM Used' },
            { expr: `node_memory_Cached_bytes{${SEL}} + node_memory_Buffers_bytes{${SEL}}`, legend: 'RAM Cache + Buffer' },
            { expr: `node_memory_MemFree_bytes{${SEL}}`, legend: 'RAM Free' },
          ],
        },
        {
          id: 'node-net-basic', type: 'timeseries', title: 'Network Traffic Basic', unit: 'binBps', w: 12, h: 8,
          description: 'Bytes per second received (up) and transmitted (down, negated as in the community dashboard) per device.',
          timeseries: DEFAULT_TIMESERIES,
          legendCalcs: ['last', 'max'],
          queries: [
            { expr: `rate(node_network_receive_bytes_total{${SEL},device!="lo"}[${RATE}])`, legend: 'recv {{device}}' },
            { expr: `-rate(node_network_transmit_bytes_total{${SEL},device!="lo"}[${RATE}])`, legend: 'trans {{device}}' },
          ],
        },
        {
          id: 'node-disk-basic', type: 'timeseries', title: 'Disk Space Used Basic', unit: 'percentunit', w: 12, h: 8, min: 0, max: 1,
          thresholds: [{ value: null, color: 'green' }, { value: 0.9, color: 'red' }],
          description: 'Used share of each filesystem; the red band is the last 10% before full.',
          timeseries: { ...DEFAULT_TIMESERIES, thresholdsStyle: 'area' },
          queries: [{ expr: `1 - node_filesystem_avail_bytes{${SEL},fstype!~"tmpfs|ramfs"} / node_filesystem_size_bytes{${SEL},fstype!~"tmpfs|ramfs"}`, legend: '{{mountpoint}}' }],
        },
      ],
    },
    {
      title: 'Disk and system detail',
      collapsed: true,
      panels: [
        {
          id: 'node-disk-io', type: 'timeseries', title: 'Disk R/W Data', unit: 'binBps', w: 12, h: 8,
          description: 'Bytes read and written per second per disk.',
          timeseries: DEFAULT_TIMESERIES,
          queries: [
            { expr: `rate(node_disk_read_bytes_total{${SEL}}[${RATE}])`, legend: 'read {{device}}' },
            { expr: `-rate(node_disk_written_bytes_total{${SEL}}[${RATE}])`, legend: 'written {{device}}' },
          ],
        },
        {
          id: 'node-ctxt', type: 'timeseries', title: 'Context Switches / Interrupts', unit: 'ops', w: 12, h: 8,
          description: 'How often the kernel switches tasks and handles interrupts: high rates with little work done mean contention.',
          timeseries: { ...DEFAULT_TIMESERIES, logBase: 10 },
          queries: [
            { expr: `rate(node_context_switches_total{${SEL}}[${RATE}])`, legend: 'context switches' },
            { expr: `rate(node_intr_total{${SEL}}[${RATE}])`, legend: 'interrupts' },
          ],
        },
        {
          id: 'node-filesystems', type: 'table', title: 'Filesystems', unit: 'bytes', w: 24, h: 7,
          description: 'Every filesystem with its labels as columns and the available bytes as the value.',
          queries: [{ expr: `node_filesystem_avail_bytes{${SEL}}` }],
        },
      ],
    },
  ],
};
