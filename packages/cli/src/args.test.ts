import { describe, expect, it } from 'vitest';
import { parseFlags } from './args.ts';
import { runBinary, runCasus } from './test-io.ts';

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
    const r = runBinary([
      'obligations',
      '--date',
      '2024-11-01',
      '--event',
      'CHN armed-attack JPN.senkaku',
      'junk',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/casus obligations: unexpected argument "junk"/);
    expect(r.stdout).toBe('');
  });
});

describe('unknown options', () => {
  it('are named in plain words, with the nearest known option', async () => {
    const r = await runCasus(['obligations', '--dat', '2024-01-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option --dat; did you mean "--date"/);
  });
});
