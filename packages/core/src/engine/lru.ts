/** A small least-recently-used cache over a Map (whose iteration order is insertion order). */

/**
 * Keeps at most `capacity` entries, dropping the one used longest ago.
 * @example const c = new Lru<string, number>(2); c.get('a', () => 1) // 1, computed once
 */
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`an LRU holds at least one entry, not ${capacity}`);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The cached value for `key`, or `make()`'s, which is then cached. */
  get(key: K, make: () => V): V {
    if (this.#entries.has(key)) {
      const value = this.#entries.get(key) as V;
      this.#entries.delete(key);
      this.#entries.set(key, value);
      return value;
    }
    const value = make();
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity)
      this.#entries.delete(this.#entries.keys().next().value as K);
    return value;
  }
}
