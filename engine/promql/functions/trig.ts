import type { SampleFunction } from './types';

/** Trigonometric and hyperbolic functions, element-wise; all drop the metric name. */

function elementwise(f: (v: number) => number): SampleFunction {
  return { kind: 'sample', apply: (v) => f(v) };
}

export const TRIG_FUNCTIONS = {
  sin: elementwise(Math.sin),
  cos: elementwise(Math.cos),
  tan: elementwise(Math.tan),
  asin: elementwise(Math.asin),
  acos: elementwise(Math.acos),
  atan: elementwise(Math.atan),
  sinh: elementwise(Math.sinh),
  cosh: elementwise(Math.cosh),
  tanh: elementwise(Math.tanh),
  asinh: elementwise(Math.asinh),
  acosh: elementwise(Math.acosh),
  atanh: elementwise(Math.atanh),
  // Same operation order as upstream (v*π/180, v*180/π) so results match exactly.
  rad: elementwise((v) => (v * Math.PI) / 180),
  deg: elementwise((v) => (v * 180) / Math.PI),
} as const;
