/** The YAML reader's benchmark: a wide map, the shape whose reading once grew with the square of its size. */
import { type BenchRow, benchRow } from '../bench-row.ts';
import { parseYaml } from './yaml-source.ts';

export interface YamlBenchOptions {
  /** Timed reads per size; the median gives the answer. */
  calls?: number;
  /** Sizes in characters, smallest first; the last is compared with the first. */
  sizes?: readonly number[];
}

/** `k0: v` lines up to `chars` characters: every key is a duplicate candidate for every other. */
function wideMap(chars: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const line = `key${i}: value ${i}\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('');
}

function medianMs(calls: number, text: string): number {
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    parseYaml(text, 'bench.yaml');
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[Math.floor(calls / 2)]!;
}

const label = (chars: number) =>
  chars >= 1_000_000 ? `${chars / 1_000_000} MB` : `${chars / 1_000} KB`;

/**
 * Times parseYaml on wide maps of each size (100 KB, 400 KB, 1 MB by default), and the time per
 * character of the largest over that of the smallest: about 1 when reading is linear.
 * @example runYamlBench({calls: 1, sizes: [10_000, 20_000]}) // [{name: 'read a 10 KB YAML map …', unit: 'ms', …}, …]
 */
export function runYamlBench(options: YamlBenchOptions = {}): BenchRow[] {
  const calls = options.calls ?? 5;
  const sizes = options.sizes ?? [100_000, 400_000, 1_000_000];
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  medianMs(calls, wideMap(first)); // the first reads compile the parser; they are not timed
  const times = sizes.map((chars) => medianMs(calls, wideMap(chars)));
  const perChar = (i: number) => times[i]! / sizes[i]!;
  return [
    ...sizes.map((chars, i) =>
      benchRow(`read a ${label(chars)} YAML map (parse, checks, values; median)`, times[i]!, 'ms'),
    ),
    benchRow(
      `YAML reading time per character at ${label(last)} over that at ${label(first)} (1 is linear)`,
      perChar(sizes.length - 1) / perChar(0),
      '×',
      { below: 2 },
    ),
  ];
}
