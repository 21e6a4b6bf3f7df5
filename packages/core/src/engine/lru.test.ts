import { describe, expect, it } from 'vitest';
import { Lru } from './lru.ts';

describe('Lru', () => {
  it('computes once, keeps the recently used, drops the oldest', () => {
    const cache = new Lru<string, number>(2);
    let made = 0;
    const make = (v: number) => () => {
      made++;
      return v;
    };
    expect(cache.get('a', make(1))).toBe(1);
    expect(cache.get('a', make(9))).toBe(1);
    cache.get('b', make(2));
    cache.get('a', make(9));
    cache.get('c', make(3));
    expect(cache.size).toBe(2);
    expect(cache.get('b', make(20))).toBe(20);
    expect(made).toBe(4);
  });

  it('never holds more than its capacity, however many keys pass through', () => {
    const cache = new Lru<number, number>(3);
    for (let i = 0; i < 1000; i++) {
      cache.get(i, () => i);
      expect(cache.size).toBeLessThanOrEqual(3);
    }
  });

  it('refuses a capacity below one', () => {
    expect(() => new Lru(0)).toThrow(/at least one/);
  });
});
