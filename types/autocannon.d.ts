/** The part of autocannon's programmatic API the bench uses (the package ships no types). */
declare module 'autocannon' {
  /** One request of a sequence; `setupRequest` may rewrite it before each send. */
  interface Request {
    method?: 'GET' | 'POST';
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request) => Request;
  }
  interface Options {
    url: string;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Seconds to run. */
    duration?: number;
    /** Stop after this many requests (with duration, whichever comes first). */
    maxOverallRequests?: number;
    pipelining?: number;
    /** The requests each connection sends in turn, instead of method, headers and body. */
    requests?: Request[];
  }
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    /** Seconds the run took. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
  export type { Options, Request, Result };
}
