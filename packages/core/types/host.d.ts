/** The host globals core may use beyond ES2023: only those that browsers, workers and Node all provide. */
declare var performance: { now(): number };
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
