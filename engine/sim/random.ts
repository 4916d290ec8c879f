/**
 * Seeded randomness for the simulation. Every stream is a pure function of
 * its seed: the same seed yields the same numbers on every host. Components
 * take their own stream with `fork(name)`, which depends only on the parent's
 * seed and the name — never on how many numbers the parent has drawn — so
 * adding a component does not perturb the others.
 */

/** Random is one deterministic stream of pseudo-random numbers. */
export interface Random {
  /** The 32-bit seed this stream started from. */
  readonly seed: number;
  /** next returns a float in [0, 1). */
  next(): number;
  /** normal returns a standard normal variate (mean 0, deviation 1). */
  normal(): number;
  /** int returns an integer in [0, n) for n ≥ 1. */
  int(n: number): number;
  /** chance is true with probability p. */
  chance(p: number): boolean;
  /** fork returns an independent stream named `name`, the same for the same parent seed and name. */
  fork(name: string): Random;
}

/** createRandom returns a stream seeded with `seed` (any number or string). */
export function createRandom(seed: number | string): Random {
  const s = typeof seed === 'string' ? hashString(seed, 0x9e3779b9) : mix32(Math.floor(seed) >>> 0);
  return new Sfc32(s);
}

/**
 * hashUnit maps (seed, a, b) to a float in [0, 1) without any state: the
 * load model uses it for noise that is a pure function of time, so a value
 * at time t is the same whoever asks and in whatever order.
 */
export function hashUnit(seed: number, a: number, b = 0): number {
  let h = mix32((seed ^ Math.imul(a | 0, 0x9e3779b1)) >>> 0);
  h = mix32((h ^ Math.imul((a / 4294967296) | 0, 0x85ebca77) ^ Math.imul(b | 0, 0xc2b2ae3d)) >>> 0);
  return h / 4294967296;
}

/** hashString is FNV-1a over UTF-16 code units, finished with a mixer. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/** mix32 is the murmur3 finaliser: a cheap bijective scramble of 32 bits. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Sfc32 is Chris Doty-Humphrey's Small Fast Counting generator: 128 bits of state, good statistics. */
class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;
  /** The second Box–Muller variate, kept for the next `normal()` call. */
  private spare: number | undefined;

  constructor(readonly seed: number) {
    this.a = seed;
    this.b = mix32(seed ^ 0x6a09e667);
    this.c = mix32(seed ^ 0xbb67ae85);
    // Warm up so nearby seeds diverge.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  normal(): number {
    if (this.spare !== undefined) {
      const v = this.spare;
      this.spare = undefined;
      return v;
    }
    // Box–Muller; 1 - next() keeps the logarithm's argument in (0, 1].
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  int(n: number): number {
    if (!(n >= 1)) throw new Error(`random: int(n) needs n ≥ 1, got ${n}`);
    return Math.floor(this.next() * Math.floor(n));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  fork(name: string): Random {
    return new Sfc32(hashString(name, this.seed));
  }
}
