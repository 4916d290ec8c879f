/**
 * valueHint guesses why a value is off from the ratio of what the learner
 * got to what was expected: the classic PromQL slips each leave a
 * recognisable factor. Empty when nothing fits.
 */
export function valueHint(got: number, expected: number): string {
  if (!Number.isFinite(got) || !Number.isFinite(expected) || expected === 0 || got === 0) {
    if (Number.isNaN(got) && !Number.isNaN(expected)) return 'a division by zero (0/0) or an empty range gives NaN';
    if (!Number.isFinite(got) && Number.isFinite(expected)) return 'dividing by a zero rate gives ±Inf';
    return '';
  }
  const r = Math.abs(got / expected);
  const near = (x: number) => Math.abs(r / x - 1) < 0.02;
  if (near(100) || near(0.01)) return 'a percentage instead of a ratio, or the other way round?';
  if (near(60) || near(1 / 60)) return 'per minute instead of per second? `rate()` returns per-second values';
  if (near(1000) || near(0.001)) return 'a unit mix-up (seconds vs milliseconds, bytes vs kB)?';
  if (r > 1 && r < 3600 * 24 && near(Math.round(r / 60) * 60)) return '`increase()` counts over the whole range while `rate()` is per second — which one does the task ask for?';
  if (near(1) && Math.sign(got) !== Math.sign(expected)) return 'the sign is flipped — check the order of the operands';
  if (Math.abs(expected) <= 1 && Math.abs(got) <= 1) return 'did you divide by the right total?';
  return '';
}
