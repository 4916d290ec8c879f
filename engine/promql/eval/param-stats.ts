/** ParamStats summarises an aggregation parameter over all steps, as upstream's fParams does. */
export interface ParamStats {
  readonly min: number;
  readonly max: number;
  readonly anyNaN: boolean;
}

/** paramStats scans a parameter's values; Math.min/max propagate NaN like Go's math.Min/Max. No values give 0/0. */
export function paramStats(values: Float64Array): ParamStats {
  if (values.length === 0) return { min: 0, max: 0, anyNaN: false };
  let max = -Number.MAX_VALUE;
  let min = Number.MAX_VALUE;
  let anyNaN = false;
  for (const v of values) {
    max = Math.max(max, v);
    min = Math.min(min, v);
    if (Number.isNaN(v)) anyNaN = true;
  }
  return { min, max, anyNaN };
}
