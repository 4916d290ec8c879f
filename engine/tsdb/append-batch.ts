import { AppendError, type AppendBatch, type RefItem } from '../storage/interface';
import type { MemSeries } from './series';
import { stageAppend, type StageTable } from './stage-table';

/**
 * HeadBatch is a head's AppendBatch: for each item, the slot (and its
 * epoch) where its series' open chunk stages samples, as of its last
 * append. A scrape then stores most samples with a few typed-array reads
 * and writes, touching neither the item nor the series: with thousands of
 * series per scrape wave, those objects are rarely in the processor's
 * cache. An item whose slot no longer holds (a new chunk, a series that
 * left the head) goes through its series, and takes the new slot.
 */
export class HeadBatch implements AppendBatch {
  readonly slots: Int32Array;
  readonly epochs: Int32Array;

  constructor(
    readonly owner: object,
    readonly items: readonly RefItem[],
  ) {
    this.slots = new Int32Array(items.length).fill(-1);
    this.epochs = new Int32Array(items.length);
  }
}

/** What appendHeadBatch needs of the head: its table and chunk size, and the series of an item. */
export interface BatchTarget {
  readonly table: StageTable;
  readonly chunkSize: number;
  /** seriesOf returns the item's series (by its ref while valid, else by its labels), creating it if need be. */
  seriesOf(item: RefItem): MemSeries;
}

/**
 * appendHeadBatch appends vs[i] at tMs to item i's series for every item;
 * returns the number of samples that failed with an AppendError (the rest
 * are stored) in `result.failed`, and whether any was stored in `result.stored`.
 */
export function appendHeadBatch(head: BatchTarget, batch: HeadBatch, tMs: number, vs: readonly number[], result: { failed: number; stored: boolean }): void {
  const { slots, epochs, items } = batch;
  const table = head.table;
  const chunkSize = head.chunkSize;
  let failed = 0;
  let stored = false;
  for (let i = 0; i < items.length; i++) {
    const slot = slots[i]!;
    if (slot >= 0 && stageAppend(table, slot, epochs[i]!, tMs, vs[i]!, chunkSize)) {
      stored = true;
      continue;
    }
    const item = items[i]!;
    try {
      const s = head.seriesOf(item);
      if (s.append(tMs, vs[i]!, false, chunkSize)) stored = true;
      item.ref = s;
      slots[i] = s.stagedSlot;
      epochs[i] = s.stagedEpoch;
    } catch (e) {
      if (!(e instanceof AppendError)) throw e;
      failed++;
    }
  }
  result.failed = failed;
  result.stored = stored;
}
