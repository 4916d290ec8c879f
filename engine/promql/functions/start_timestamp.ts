import type { VectorFunction } from './types';

/**
 * start_timestamp(v) (experimental) returns each sample's start ("created")
 * timestamp. Only samples read straight from a vector selector carry one,
 * and the evaluator handles that case itself, as it does for timestamp().
 * For any other argument there is nothing to report, so the result is
 * empty, exactly as upstream behaves.
 */
const startTimestamp: VectorFunction = {
  kind: 'vector',
  apply: () => [],
};

export const START_TIMESTAMP_FUNCTIONS = { start_timestamp: startTimestamp } as const;
