/** A small, fast, seeded random number generator (xoshiro128**) and independent streams for trial blocks. */

/**
 * Why xoshiro128** (Blackman & Vigna 2018, https://prng.di.unimi.it/): 128 bits of state, period
 * 2^128 − 1, passes BigCrush, and needs only 32-bit integer operations, which JavaScript does
 * natively with `Math.imul` and `>>>`. Its state is seeded by SplitMix32 (a 32-bit variant of
 * Steele, Lea & Flood's SplitMix, the seeding the xoshiro authors recommend), so neighbouring
 * seeds and stream indices give unrelated streams.
 */
export interface Rng {
  /** A uniform draw in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** A uniform unsigned 32-bit integer. */
  nextU32(): number;
}

/** SplitMix32's output function: a strong 32-bit mixer. */
export function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const GOLDEN = 0x9e3779b9;
const TWO_32 = 4294967296;

class Xoshiro128 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const step = () => {
      s = (s + GOLDEN) >>> 0;
      return mix32(s);
    };
    this.a = step();
    this.b = step();
    this.c = step();
    this.d = step();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  next(): number {
    return this.nextU32() / TWO_32;
  }
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** Folds any integer seed (up to 2^53) into 32 bits, keeping its high bits. */
function foldSeed(seed: number): number {
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
  const hi = Math.floor(seed / TWO_32);
  return mix32((seed >>> 0) ^ mix32(hi + GOLDEN));
}

/**
 * A generator seeded by one integer.
 * @example createRng(1).next() // the same number every time for seed 1
 */
export function createRng(seed: number): Rng {
  return new Xoshiro128(foldSeed(seed));
}

/**
 * Stream `streamIndex` of `seed`: trial block b always draws from forkStream(seed, b), whichever
 * worker runs it, so output does not depend on the number of workers.
 * @example forkStream(1, 0).next() !== forkStream(1, 1).next()
 */
export function forkStream(seed: number, streamIndex: number): Rng {
  const s = foldSeed(seed);
  return new Xoshiro128(mix32(s ^ mix32((streamIndex >>> 0) + Math.imul(GOLDEN, 3))));
}
