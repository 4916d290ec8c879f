/**
 * The chart's input: series aligned on one time grid. `values[i]` is the
 * value at `times[i]`, NaN where the series has no sample (a gap).
 */
export interface ChartSeries {
  /** Stable identity across re-renders: the formatted label set. */
  readonly key: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly color: string;
  readonly values: Float64Array;
}

export interface ChartData {
  /** Step timestamps in ms, ascending. */
  readonly times: readonly number[];
  readonly series: readonly ChartSeries[];
}

/** StackedSeries adds each step's lower and upper bound when series are stacked. */
export interface StackedSeries extends ChartSeries {
  readonly y0: Float64Array;
  readonly y1: Float64Array;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

export interface ChartOptions {
  readonly stacked: boolean;
  readonly yFromZero: boolean;
}
