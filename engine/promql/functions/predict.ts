import type { FloatPoint } from '../../model/samples';
import { kahanInc } from './numeric';
import { infoIgnoredHistograms } from './output';
import type { FunctionContext, RangeFunction, RangeWindow } from './types';

/**
 * deriv() and predict_linear(): simple least-squares linear regression over
 * the float samples of the window. Sums are compensated and the x values are
 * seconds relative to a time near the data, to keep precision.
 */

interface Regression {
  readonly slope: number;
  readonly intercept: number;
}

/**
 * linearRegression fits v = slope·x + intercept with x in seconds since
 * `interceptMs`. A constant series has slope exactly 0 (not a rounding
 * residue); a constant infinite series has neither slope nor intercept.
 */
function linearRegression(points: readonly FloatPoint[], interceptMs: number): Regression {
  let n = 0;
  let sumX = 0, cX = 0;
  let sumY = 0, cY = 0;
  let sumXY = 0, cXY = 0;
  let sumX2 = 0, cX2 = 0;
  const initY = points[0]?.v ?? NaN;
  let constY = true;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (constY && i > 0 && p.v !== initY) constY = false;
    n += 1;
    const x = (p.t - interceptMs) / 1e3;
    [sumX, cX] = kahanInc(x, sumX, cX);
    [sumY, cY] = kahanInc(p.v, sumY, cY);
    [sumXY, cXY] = kahanInc(x * p.v, sumXY, cXY);
    [sumX2, cX2] = kahanInc(x * x, sumX2, cX2);
  }
  if (constY) {
    if (initY === Infinity || initY === -Infinity) return { slope: NaN, intercept: NaN };
    return { slope: 0, intercept: initY };
  }
  sumX += cX;
  sumY += cY;
  sumXY += cXY;
  sumX2 += cX2;
  const covXY = sumXY - (sumX * sumY) / n;
  const varX = sumX2 - (sumX * sumX) / n;
  const slope = covXY / varX;
  return { slope, intercept: sumY / n - (slope * sumX) / n };
}

/**
 * regressionInput returns the floats to fit, or undefined when there are
 * fewer than two. Histograms mixed into the window are ignored with an info.
 */
function regressionInput(w: RangeWindow, ctx: FunctionContext): readonly FloatPoint[] | undefined {
  if (w.floats.length < 2) {
    if (w.floats.length === 1 && w.histograms.length > 0) infoIgnoredHistograms(w, ctx);
    return undefined;
  }
  if (w.histograms.length > 0) infoIgnoredHistograms(w, ctx);
  return w.floats;
}

/** deriv is the per-second slope; x is taken relative to the first sample. */
const deriv: RangeFunction = {
  kind: 'range',
  apply(w, _s, ctx) {
    const floats = regressionInput(w, ctx);
    if (floats === undefined) return undefined;
    return linearRegression(floats, floats[0]!.t).slope;
  },
};

/** predict_linear extrapolates the fitted line `seconds` past the evaluation time. */
const predictLinear: RangeFunction = {
  kind: 'range',
  apply(w, scalars, ctx) {
    const floats = regressionInput(w, ctx);
    if (floats === undefined) return undefined;
    const { slope, intercept } = linearRegression(floats, ctx.tMs);
    return slope * (scalars[0] ?? NaN) + intercept;
  },
};

export const PREDICT_FUNCTIONS = { deriv, predict_linear: predictLinear } as const;
