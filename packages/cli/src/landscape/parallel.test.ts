import { describe, expect, it } from 'vitest';
import { randomLandscape } from './bench.ts';
import { searchAll, threadsFor } from './parallel.ts';

describe('landscape search on worker threads', () => {
  it('answers exactly what one thread answers (ranges merged in any order)', async () => {
    const l = randomLandscape(22, 1);
    const one = await searchAll(l, { workers: 1, keep: 8 });
    const seen: number[] = [];
    const two = await searchAll(l, { workers: 2, keep: 8, onProgress: (d) => seen.push(d) });
    expect(two).toEqual(one);
    expect(seen.at(-1)).toBe(512);
    expect(seen.length).toBeGreaterThan(1);
  }, 30_000);

  it('searches up to 20 actors in this thread, where starting workers would cost more than it saves', () => {
    expect(threadsFor(20, 8)).toBe(1);
    expect(threadsFor(21, 8)).toBe(8);
    expect(threadsFor(21, 500)).toBe(64);
  });
});
