import { describe, expect, it } from 'vitest';
import { runYamlBench } from './yaml-bench.ts';

// A tiny load: this checks what the bench reports, not how fast.
describe('runYamlBench', () => {
  it('times each size and compares the time per character of the largest with the smallest', () => {
    const rows = runYamlBench({ calls: 1, sizes: [2_000, 8_000] });
    expect(rows.map((r) => [r.name, r.unit, r.target])).toEqual([
      ['read a 2 KB YAML map (parse, checks, values; median)', 'ms', ''],
      ['read a 8 KB YAML map (parse, checks, values; median)', 'ms', ''],
      ['YAML reading time per character at 8 KB over that at 2 KB (1 is linear)', '×', '< 2'],
    ]);
    expect(rows.every((r) => r.value > 0)).toBe(true);
  });
});
