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
