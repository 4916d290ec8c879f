import type { Dashboard } from './model';
import type { ThresholdStep } from './units';

const SEL = 'instance=~"$node"';
const full: ThresholdStep[] = [{ value: null, color: 'green' }, { value: 0.7, color: 'orange' }, { value: 0.9, color: 'red' }];

/** NODE_OVERVIEW is a node exporter dashboard: CPU, memory, disk and network of the nodes picked by `$node`. */
export const NODE_OVERVIEW: Dashboard = {
  uid: 'node-overview',
  title: 'Node overview',
  description: 'The machines under the service, as the node exporter reports them: CPU, memory, disk and network.',
  variables: [{ name: 'node', label: 'Node', labelName: 'instance', matcher: 'node_load1', includeAll: true }],
  rows: [
    {
      title: 'CPU',
      panels: [
        {
          id: 'node-cpu-busy', type: 'gauge', title: 'CPU busy', unit: 'percentunit', w: 6, h: 7, min: 0, max: 1, thresholds: full,
          description: 'The share of CPU time spent on anything but idling, averaged over all CPUs of the chosen nodes.',
          queries: [{ expr: `1 - avg(rate(node_cpu_seconds_total{mode="idle",${SEL}}[5m]))` }],
        },
        {
          id: 'node-cpu-modes', type: 'timeseries', title: 'CPU time by mode', unit: 'percentunit', w: 18, h: 7,
          description: 'Where the busy CPU time goes: user code, the kernel (system) or waiting for disk (iowait) each point at a different fix.',
          queries: [{ expr: `sum by (mode) (rate(node_cpu_seconds_total{mode!="idle",${SEL}}[5m])) / scalar(count(node_cpu_seconds_total{mode="idle",${SEL}}))`, legend: '{{mode}}' }],
        },
      ],
    },
    {
      title: 'Memory',
      panels: [
        {
          id: 'node-mem-used', type: 'stat', title: 'Memory used', unit: 'bytes', w: 6, h: 8,
          description: 'Bytes in use (total minus available): what the workloads actually hold, excluding caches the kernel can drop.',
          queries: [{ expr: `sum(node_memory_MemTotal_bytes{${SEL}} - node_memory_MemAvailable_bytes{${SEL}})` }],
        },
        {
          id: 'node-mem-available', type: 'timeseries', title: 'Memory available', unit: 'bytes', w: 18, h: 8,
          description: 'Available memory per node over time: a steady downward slope is the signature of a leak.',
          queries: [{ expr: `node_memory_MemAvailable_bytes{${SEL}}`, legend: '{{instance}}' }],
        },
      ],
    },
    {
      title: 'Disk',
      panels: [
        {
          id: 'node-disk-avail', type: 'bargauge', title: 'Filesystem space available', unit: 'bytes', w: 12, h: 9, min: 0,
          description: 'Free space per node and mount point: a full disk stops databases and logs, so alert long before zero.',
          queries: [{ expr: `node_filesystem_avail_bytes{${SEL}}`, legend: '{{instance}} {{mountpoint}}' }],
        },
        {
          id: 'node-disk-table', type: 'table', title: 'Filesystems', unit: 'bytes', w: 12, h: 9,
          description: 'Every filesystem with its labels as columns and the available bytes as the value.',
          queries: [{ expr: `node_filesystem_avail_bytes{${SEL}}` }],
        },
      ],
    },
    {
      title: 'Network',
      panels: [
        {
          id: 'node-net-rx', type: 'timeseries', title: 'Network received', unit: 'Bps', w: 12, h: 7,
          description: 'Bytes per second arriving on each device: compare with the link speed to see how close the network is to saturation.',
          queries: [{ expr: `sum by (device) (rate(node_network_receive_bytes_total{${SEL}}[5m]))`, legend: '{{device}}' }],
        },
        {
          id: 'node-net-tx', type: 'timeseries', title: 'Network transmitted', unit: 'Bps', w: 12, h: 7,
          description: 'Bytes per second sent on each device: outbound traffic grows with responses served.',
          queries: [{ expr: `sum by (device) (rate(node_network_transmit_bytes_total{${SEL}}[5m]))`, legend: '{{device}}' }],
        },
      ],
    },
  ],
};
