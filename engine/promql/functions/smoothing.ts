import { QueryError } from '../errors';
import { formatF } from './numeric';
import { infoIgnoredHistograms } from './output';
import type { RangeFunction } from './types';

/**
 * double_exponential_smoothing(range, sf, tf): Holt's linear smoothing of
 * the float samples. The smoothing factor weights new values against the
 * smoothed history; the trend factor weights new trends against old ones.
 * Both must lie strictly between 0 and 1, else the query fails.
 */
const doubleExponentialSmoothing: RangeFunction = {
  kind: 'range',
  apply(w, scalars, ctx) {
    const sf = scalars[0] ?? NaN;
    const tf = scalars[1] ?? NaN;
    if (!(sf > 0 && sf < 1)) throw new QueryError('execution', `invalid smoothing factor. Expected: 0 < sf < 1, got: ${formatF(sf)}`);
    if (!(tf > 0 && tf < 1)) throw new QueryError('execution', `invalid trend factor. Expected: 0 < tf < 1, got: ${formatF(tf)}`);

    const f = w.floats;
    if (f.length < 2) {
      if (f.length === 1 && w.histograms.length > 0) infoIgnoredHistograms(w, ctx);
      return undefined;
    }

    // s1 is the current smoothed value, s0 the previous one, b the trend.
    let s0 = 0;
    let s1 = f[0]!.v;
    let b = f[1]!.v - f[0]!.v;
    for (let i = 1; i < f.length; i++) {
      const x = sf * f[i]!.v;
      // The first step keeps the initial trend; later ones blend it.
      if (i > 1) b = tf * (s1 - s0) + (1 - tf) * b;
      const y = (1 - sf) * (s1 + b);
      s0 = s1;
      s1 = x + y;
    }
    if (w.histograms.length > 0) infoIgnoredHistograms(w, ctx);
    return s1;
  },
};

export const SMOOTHING_FUNCTIONS = { double_exponential_smoothing: doubleExponentialSmoothing } as const;
