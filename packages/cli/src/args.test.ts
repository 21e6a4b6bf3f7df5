import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags } from './args.ts';
import { runCasus } from './test-io.ts';

const repo = resolve(import.meta.dirname, '..', '..', '..');

describe('parseFlags', () => {
  it('refuses more plain arguments than the command takes, naming the first extra', () => {
    expect(parseFlags(['a'], {}, 1).positionals).toEqual(['a']);
    expect(() => parseFlags(['a', 'b'], {}, 1)).toThrow('unexpected argument "b"');
    expect(() => parseFlags(['x'], {}, 0)).toThrow('unexpected argument "x"');
  });

  it.each([
    [['agreements', 'junk']],
    [['bench', 'junk']],
    [['explore', 'library/scenarios', 'junk']],
  ])('casus %j exits 1 instead of ignoring the extra argument', async (argv) => {
    const r = await runCasus(argv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unexpected argument "junk"/);
    expect(r.stdout).toBe('');
  });

  it('exits 1 from the real binary for a stray word after the obligations flags', () => {
    const r = spawnSync(
      'node',
      [
        'packages/cli/bin/casus.js',
        'obligations',
        '--date',
        '2024-11-01',
        '--event',
        'CHN armed-attack JPN.senkaku',
        'junk',
      ],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/casus obligations: unexpected argument "junk"/);
    expect(r.stdout).toBe('');
  });
});
