import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

describe('casus agreements', () => {
  it('lists the law on a date: the Sino-American treaty is not in force in 2024 but is in 1970', async () => {
    const in2024 = await runCasus(['agreements', '--date', '2024-11-01', '--json']);
    const in1970 = await runCasus(['agreements', '--date', '1970-01-01', '--json']);
    const ids = (out: string) => JSON.parse(out).agreements.map((a: { id: string }) => a.id);
    expect(in2024.code).toBe(0);
    expect(ids(in2024.stdout)).not.toContain('sino-american-mdt-1954');
    expect(ids(in1970.stdout)).toContain('sino-american-mdt-1954');
    expect(ids(in2024.stdout)).toContain('us-japan-1960');
  });

  it('warns on stderr for a date after the month the library is curated through, and answers', async () => {
    const r = await runCasus(['agreements', '--date', '2026-06-01', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^--date warning date_outside_library/);
    expect(r.stderr).toContain('after 2026-02, the month the library');
    expect(JSON.parse(r.stdout).agreements.length).toBeGreaterThan(0);
    expect((await runCasus(['agreements', '--date', '2024-11-01'])).stderr).toBe('');
  });

  it('does not count a treaty signed but not yet in force: Russia–DPRK on 2024-11-01', async () => {
    const before = await runCasus([
      'agreements',
      '--date',
      '2024-11-01',
      '--member',
      'PRK',
      '--json',
    ]);
    const after = await runCasus([
      'agreements',
      '--date',
      '2024-12-05',
      '--member',
      'PRK',
      '--json',
    ]);
    expect(JSON.parse(before.stdout).agreements.map((a: { id: string }) => a.id)).toEqual([
      'china-dprk-1961',
    ]);
    expect(
      JSON.parse(after.stdout)
        .agreements.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual(['china-dprk-1961', 'russia-dprk-2024']);
  });

  it('adds proposals only in the architectures that include them', async () => {
    const quo = await runCasus(['agreements', '--json']);
    const nato = await runCasus(['agreements', '--architecture', 'asian-nato-exclusive', '--json']);
    const has = (out: string, id: string) =>
      JSON.parse(out).agreements.some((a: { id: string }) => a.id === id);
    expect(has(quo.stdout, 'asian-nato-exclusive')).toBe(false);
    expect(has(nato.stdout, 'asian-nato-exclusive')).toBe(true);
  });

  it('prints a table for people', async () => {
    const { code, stdout } = await runCasus([
      'agreements',
      '--member',
      'JPN',
      '--date',
      '2024-11-01',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^id\s+kind\s+in force/m);
    expect(stdout).toMatch(/us-japan-1960\s+treaty\s+1960-06-23/);
  });

  it('rejects bad input with exit 1 and says what was expected', async () => {
    const date = await runCasus(['agreements', '--date', '2024-02-30']);
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('a calendar date written YYYY-MM-DD');
    const arch = await runCasus(['agreements', '--architecture', 'asian-nato']);
    expect(arch.code).toBe(1);
    expect(arch.stderr).toContain('did you mean "asian-nato-exclusive"');
    const flag = await runCasus(['agreements', '--colour']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('Usage: casus agreements');
  });
});

describe('casus agreement show', () => {
  it('prints each article with its text status, clauses and the suspension', async () => {
    const { code, stdout } = await runCasus(['agreement', 'show', 'anzus-1951']);
    expect(code).toBe(0);
    expect(stdout).toContain('Article IV  [text: partial]');
    expect(stdout).toMatch(/suspension .* \(narrows anzus-1951-art4, from 1986-09-17\)/);
  });

  it('gives the agreement object with --json', async () => {
    const { stdout } = await runCasus(['agreement', 'show', 'us-japan-1960', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'us-japan-1960', inForce: '1960-06-23' });
  });

  it('suggests the nearest id for an unknown one', async () => {
    const { code, stderr } = await runCasus(['agreement', 'show', 'anzus']);
    expect(code).toBe(1);
    expect(stderr).toContain('did you mean "anzus-1951"?');
  });
});

describe('casus --help', () => {
  it('lists every command and each has its own --help', async () => {
    const overview = await runCasus(['--help']);
    expect(overview.code).toBe(0);
    for (const name of ['agreements', 'agreement show', 'validate']) {
      expect(overview.stdout).toContain(name);
      const help = await runCasus([...name.split(' '), '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: casus /);
    }
  });

  it('exits 1 for an unknown command', async () => {
    expect((await runCasus(['obligate'])).code).toBe(1);
  });
});

describe('casus state', () => {
  it('looks a state up by name, COW code or abbreviation', async () => {
    expect((await runCasus(['state', 'Taiwan'])).stdout).toContain('ISO3 TWN, COW code 713');
    expect(JSON.parse((await runCasus(['state', '732', '--json'])).stdout)).toMatchObject({
      iso3: 'KOR',
    });
  });

  it('exits 1 with the closest matches for an unknown one', async () => {
    const { code, stderr } = await runCasus(['state', 'Phillipines']);
    expect(code).toBe(1);
    expect(stderr).toContain('did you mean "Philippines"?');
  });
});

describe('assumptions are checked against the laws that define them', () => {
  it('refuses a situation no domestic law defines, with the nearest one', async () => {
    const { code, stderr } = await runCasus([
      'obligations',
      '--date',
      '2024-11-01',
      '--event',
      'PRK armed-attack USA.guam',
      '--assume',
      'JPN=survival-threatning-situation',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('did you mean "survival-threatening-situation"?');
  });
});
