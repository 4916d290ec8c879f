/**
 * kahanInc adds `inc` to a compensated sum (Neumaier's variant, as
 * Prometheus's util/kahansum does): returns the new sum in `out[0]` and the
 * new compensation in `out[1]`. The final value is sum + compensation, which
 * keeps an expected 0 exactly 0 where naive summation leaves 1e-17.
 */
export function kahanInc(inc: number, sum: number, c: number, out: Float64Array): void {
  const t = sum + inc;
  if (t === Infinity || t === -Infinity) c = 0;
  else if (Math.abs(sum) >= Math.abs(inc)) c += sum - t + inc;
  else c += inc - t + sum;
  out[0] = t;
  out[1] = c;
}
