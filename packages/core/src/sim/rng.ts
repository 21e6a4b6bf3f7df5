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
  /**
   * The four state words. `runTrial` steps them in local variables (sim/trial.ts), one copy of
   * `nextU32` kept in registers; `sim/monte-carlo.test.ts` holds it to `next()` draw for draw.
   * `seedTrial` rewrites them in place.
   */
  readonly state: Int32Array;
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

/**
 * The state lives in an Int32Array, not in four fields: a field holding a 32-bit value outside
 * V8's small-integer range is a boxed number, and the typed array makes the generator about 1.5
 * times as fast in the trial loop (docs/simulation.md, "What bounds the rate").
 */
class Xoshiro128 implements Rng {
  readonly state = new Int32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    const s = this.state;
    for (let i = 0; i < 4; i++) {
      x = (x + GOLDEN) >>> 0;
      s[i] = mix32(x);
    }
    if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  }

  nextU32(): number {
    const s = this.state;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]! ^ a;
    const d = s[3]! ^ b;
    s[0] = a ^ d;
    s[1] = b ^ c;
    s[2] = c ^ (b << 9);
    s[3] = rotl(d, 11);
    return Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
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
 * Stream `streamIndex` of `seed`, for draws made once per block (the coefficient draws of
 * coefficient-draws.ts), the same whichever worker runs the block. Trials draw from
 * their own streams (`seedTrial`).
 * @example forkStream(1, 0).next() !== forkStream(1, 1).next()
 */
export function forkStream(seed: number, streamIndex: number): Rng {
  const s = foldSeed(seed);
  return new Xoshiro128(mix32(s ^ mix32((streamIndex >>> 0) + Math.imul(GOLDEN, 3))));
}

/**
 * A scenario's stream key: a 32-bit hash (FNV-1a, then mixed) of its id. Streams are keyed by
 * the id, not by the scenario's place in a battery, so adding a scenario moves no other's draws.
 * @example streamKey('korea-invasion-2025') === streamKey('korea-invasion-2025')
 */
export function streamKey(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/**
 * The base of the trial streams of `key` under `seed`, for `seedTrial`.
 * @example seedTrial(rng, trialStreams(1, streamKey('senkaku-landing')), 0)
 */
export function trialStreams(seed: number, key: number): number {
  return mix32(foldSeed(seed) ^ mix32((key >>> 0) + Math.imul(GOLDEN, 5)));
}

/**
 * Starts `rng` on trial `trial`'s own stream (trial numbers count across blocks). Every trial has
 * its own stream so that the same scenario under two architectures draws the same numbers trial
 * by trial however many each trial took (common random numbers), and trial pairs stay
 * independent of one another: what a paired difference's variance needs. Rewrites the words in
 * place, so a block allocates one generator.
 * @example seedTrial(rng, base, block * BLOCK_SIZE + i)
 */
export function seedTrial(rng: Rng, base: number, trial: number): void {
  const s = rng.state;
  const a = mix32(base ^ mix32((trial >>> 0) + GOLDEN));
  const b = mix32((trial >>> 0) ^ mix32(base + Math.imul(GOLDEN, 2)));
  s[0] = a;
  s[1] = b;
  s[2] = mix32(a + GOLDEN);
  s[3] = mix32(b + Math.imul(GOLDEN, 3));
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
}
