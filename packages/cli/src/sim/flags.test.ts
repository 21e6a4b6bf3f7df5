import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../test-io.ts';
import { MAX_TRIALS, readSimFlags } from './flags.ts';

describe('readSimFlags', () => {
  const quiet = () => {};

  it('takes integers in plain digits', () => {
    expect(readSimFlags({ trials: '1000', seed: '7' }, 10, quiet)).toMatchObject({
      trials: 1000,
      seed: 7,
    });
  });

  it.each([
    ['trials', '1e3'],
    ['trials', '1_000'],
    ['trials', '1e12'],
    ['trials', String(MAX_TRIALS + 1)],
    ['trials', ''],
    ['trials', '1.5'],
    ['seed', ''],
    ['seed', '0x10'],
    ['seed', ' 5'],
    ['workers', '0'],
  ])('refuses --%s "%s" with the range it takes', (name, text) => {
    expect(() => readSimFlags({ [name]: text }, 10, quiet)).toThrow(
      new RegExp(
        `--${name} must be an integer from \\d+ to [\\d,]+ in plain digits \\(e\\.g\\. \\d+\\), got "${text}"`,
      ),
    );
  });

  it('caps --workers at the cores, and says so', () => {
    const said: string[] = [];
    const cores = availableParallelism();
    expect(readSimFlags({ workers: '10000' }, 10, (t) => said.push(t)).workers).toBe(cores);
    expect(said).toEqual([
      `--workers 10000: capped at ${cores}, the cores this machine gives the process`,
    ]);
    expect(readSimFlags({ workers: String(cores) }, 10, (t) => said.push(t)).workers).toBe(cores);
    expect(said).toHaveLength(1);
  });

  it('exits 1 for --trials 1e12 instead of running out of memory', () => {
    const r = runBinary([
      'run',
      'library/scenarios/korea-invasion-2025.yaml',
      '--mode',
      'probabilistic',
      '--trials',
      '1e12',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--trials must be an integer from 1 to 100,000,000/);
    expect(r.stdout).toBe('');
  });

  it('runs --workers 10000 on the cores there are, saying so', () => {
    const r = runBinary([
      'run',
      'library/scenarios/korea-invasion-2025.yaml',
      '--mode',
      'probabilistic',
      '--trials',
      '200',
      '--workers',
      '10000',
    ]);
    expect(r.stderr).toContain(`--workers 10000: capped at ${availableParallelism()}`);
    expect(r.status).toBe(0);
  });
});
