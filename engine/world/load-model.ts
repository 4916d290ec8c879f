import { hashUnit } from '../sim/index';

/**
 * The load model: how much traffic the system receives at a virtual time.
 * A pure function of (seed, t) — diurnal sinusoid times smooth seeded noise —
 * so every component asking about time t gets the same answer, in any order.
 */
export interface LoadModel {
  /** apiRps is the total request rate arriving at the shop API, req/s, before incidents. */
  apiRps(tMs: number): number;
  /** mlRps is the total inference request rate, req/s: recommendations follow shop traffic. */
  mlRps(tMs: number): number;
  /** diurnal is the time-of-day factor, 0.2 at 02:00 UTC … 1 at 14:00 UTC. */
  diurnal(tMs: number): number;
}

export interface LoadModelOptions {
  readonly seed: number;
  /** Peak API traffic, req/s. */
  readonly peakApiRps?: number;
  /** Inference requests per API request. */
  readonly mlPerApi?: number;
}

const DAY_MS = 86_400_000;
const COARSE_MS = 600_000;
const FINE_MS = 60_000;

export function createLoadModel(o: LoadModelOptions): LoadModel {
  const peak = o.peakApiRps ?? 360;
  const mlPerApi = o.mlPerApi ?? 0.4;
  const diurnal = (tMs: number): number => {
    const hour = ((tMs % DAY_MS) + DAY_MS) % DAY_MS / 3_600_000;
    return 0.6 + 0.4 * Math.sin((2 * Math.PI * (hour - 8)) / 24);
  };
  // Two octaves of value noise: ±8% over 10 minutes, ±3% over a minute.
  const noise = (tMs: number, salt: number): number =>
    1 + 0.08 * valueNoise(o.seed ^ salt, tMs, COARSE_MS) + 0.03 * valueNoise(o.seed ^ (salt + 1), tMs, FINE_MS);
  const apiRps = (tMs: number): number => peak * diurnal(tMs) * noise(tMs, 0x5a17);
  return {
    apiRps,
    mlRps: (tMs) => apiRps(tMs) * mlPerApi * noise(tMs, 0x3c1),
    diurnal,
  };
}

/** valueNoise is smooth noise in [-1, 1]: seeded values at multiples of `periodMs`, cosine-interpolated. */
export function valueNoise(seed: number, tMs: number, periodMs: number): number {
  const k = Math.floor(tMs / periodMs);
  const f = (tMs - k * periodMs) / periodMs;
  const a = hashUnit(seed, k) * 2 - 1;
  const b = hashUnit(seed, k + 1) * 2 - 1;
  const w = (1 - Math.cos(Math.PI * f)) / 2;
  return a + (b - a) * w;
}
