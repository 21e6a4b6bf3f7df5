/** The host globals core may use beyond ES2023: only those that browsers, workers and Node all provide. */
declare var performance: { now(): number };
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
/** The HTML structured clone, in browsers, workers and Node 17+: a deep copy of plain data. */
declare function structuredClone<T>(value: T): T;
