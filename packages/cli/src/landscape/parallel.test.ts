import { describe, expect, it } from 'vitest';
import { searchAll } from './parallel.ts';

/** A 22-actor landscape from a fixed Park–Miller sequence: integer sizes 1–100, p in −2..2. */
function instance(n: number) {
  let s = 1;
  const next = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const p = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) p[i]![j] = p[j]![i] = Math.round(next() * 4) - 2;
  return {
    actors: Array.from({ length: n }, (_, i) => `a${i}`),
    sizes: Array.from({ length: n }, () => 1 + Math.round(next() * 99)),
    propensity: p,
  };
}

describe('landscape search on worker threads', () => {
  it('answers exactly what one thread answers (ranges merged in any order)', async () => {
    const l = instance(22);
    const one = await searchAll(l, { workers: 1, keep: 8 });
    const seen: number[] = [];
    const two = await searchAll(l, { workers: 2, keep: 8, onProgress: (d) => seen.push(d) });
    expect(two).toEqual(one);
    expect(seen.at(-1)).toBe(512);
    expect(seen.length).toBeGreaterThan(1);
  }, 30_000);
});
