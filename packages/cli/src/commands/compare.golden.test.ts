/**
 * Golden outputs: a small `casus compare` (two architectures, three scenarios, 2,000 trials,
 * seed 7), as text and as --json, and the `casus experts` table (2,000 trials, seed 7), run as
 * the real binary and checked byte for byte against golden/compare.txt, golden/compare.json and
 * golden/experts.txt. Nothing is stripped: the output has no clock, no
 * path outside the repository and no machine in it, and the same seed gives the same answer on
 * any number of workers. When a change to the model, the library or the simulation moves the
 * numbers on purpose, regenerate both files with ONE command and review the diff:
 *
 *   npm run golden        (UPDATE_GOLDEN=1 npx vitest run packages/cli/src/commands/compare.golden.test.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../test-io.ts';

const golden = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const args = [
  'compare',
  'packages/cli/src/commands/golden/battery.txt',
  '--architectures',
  'status-quo,asian-nato-exclusive',
  '--trials',
  '2000',
  '--seed',
  '7',
];

describe('golden outputs of casus compare and casus experts', () => {
  it.each([
    ['compare.txt', args],
    ['compare.json', [...args, '--json']],
    ['experts.txt', ['experts', '--trials', '2000', '--seed', '7']],
  ])('prints golden/%s byte for byte', (file, argv) => {
    const r = runBinary(argv);
    expect(r.status, r.stderr).toBe(0);
    const path = join(golden, file);
    if (update) writeFileSync(path, r.stdout);
    expect(r.stdout).toBe(readFileSync(path, 'utf8'));
  });
});
