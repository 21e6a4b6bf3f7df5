import { findingsOf, ObligationsOutputSchema } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { runBinary, runCasus } from '../test-io.ts';

describe('casus obligations', () => {
  it('answers the Senkaku question: the US duty under Article V, in words, duties first', async () => {
    const { code, stdout } = await runCasus([
      'obligations',
      '--date',
      '2024-11-01',
      '--event',
      'CHN armed-attack JPN.senkaku',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^architecture status-quo · 2024-11-01/);
    expect(stdout.indexOf('DUTIES')).toBeLessThan(stdout.indexOf('DID NOT FIRE'));
    expect(stdout).toMatch(/USA → JPN\s+must-defend\s+constitutional\s+us-japan-1960, Article V/);
    expect(stdout).toContain('in accordance with its constitutional processes');
  });

  it('says why Japan has no duty for Guam, and takes a declared situation', async () => {
    const args = ['obligations', '--date', '2024-11-01', '--event', 'PRK armed-attack USA.guam'];
    const plain = await runCasus(args);
    expect(plain.stdout).toMatch(/Guam is\s+administered by the United States/);
    const assumed = await runCasus([
      ...args,
      '--assume',
      'JPN=survival-threatening-situation',
      '--json',
    ]);
    const out = ObligationsOutputSchema.parse(JSON.parse(assumed.stdout));
    expect(out.header.assumptions.situations).toEqual({ JPN: 'survival-threatening-situation' });
    expect(
      out.findings.some((f) => f.obligor === 'JPN' && f.category === 'permission' && f.fired),
    ).toBe(true);
  });

  it('reads asset targets at a place and at coordinates', async () => {
    const vessel = await runCasus([
      'obligations',
      '--date',
      '2024-11-01',
      '--json',
      '--event',
      'CHN armed-attack PHL:public-vessel@PHL.second-thomas-shoal',
    ]);
    expect(vessel.code).toBe(0);
    const found = JSON.parse(vessel.stdout).findings.find(
      (f: { clause: string }) => f.clause === 'us-philippines-1951-art4',
    );
    expect(found).toMatchObject({ obligor: 'USA', fired: true });
    const at = await runCasus([
      'obligations',
      '--date',
      '2024-11-01',
      '--json',
      '--event',
      'CHN armed-attack USA:armed-forces@127.75,26.35',
    ]);
    expect(at.code).toBe(0);
    expect(JSON.parse(at.stdout).events[0].target.at).toEqual([127.75, 26.35]);
  });

  it('reads a strike back at the state that struck first as a counter-strike, by --counterstrike-invokes', async () => {
    const args = [
      'obligations',
      '--date',
      '2024-11-01',
      '--event',
      'CHN armed-attack JPN.senkaku',
      '--event',
      'USA armed-attack CHN.mainland',
      '--json',
    ];
    const northKorea = async (extra: string[]) => {
      const { code, stdout } = await runCasus([...args, ...extra]);
      expect(code).toBe(0);
      const raw = JSON.parse(stdout);
      const out = ObligationsOutputSchema.parse(raw);
      const f = findingsOf(raw).find((x) => x.event === 1 && x.obligor === 'PRK');
      return { header: out.header, f };
    };
    const rule = await northKorea([]);
    expect(rule.header.assumptions.counterstrikeInvokes).toBe('no');
    expect(rule.f).toMatchObject({ fired: false, failed: { test: 'initiator' } });
    const literal = await northKorea(['--counterstrike-invokes', 'yes']);
    expect(literal.header.assumptions.counterstrikeInvokes).toBe('yes');
    expect(literal.f).toMatchObject({ fired: true, obligation: 'must-defend' });
    const bad = await runCasus([...args, '--counterstrike-invokes', 'maybe']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"maybe" is neither yes nor no');
  });

  it('exits 1 with a clear message and a suggestion for a misspelt place', async () => {
    const { code, stderr } = await runCasus([
      'obligations',
      '--date',
      '2024-11-01',
      '--event',
      'CHN armed-attack JPN.senkakus',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/unknown_place/);
    expect(stderr).toMatch(/did you mean "JPN.senkaku"/);
  });

  it('exits 1 for a bad date, a bad kind, an unknown architecture and a missing --event', async () => {
    const base = ['obligations', '--event', 'CHN armed-attack JPN.senkaku'];
    expect((await runCasus([...base, '--date', '2024-02-30'])).code).toBe(1);
    expect(
      (await runCasus(['obligations', '--date', '2024-11-01', '--event', 'CHN invade JPN.senkaku']))
        .stderr,
    ).toMatch(/not an event kind/);
    expect(
      (await runCasus([...base, '--date', '2024-11-01', '--architecture', 'asian-nat'])).stderr,
    ).toMatch(/did you mean/);
    expect((await runCasus(['obligations', '--date', '2024-11-01'])).code).toBe(1);
  });

  it('answers a date outside what the library covers with a warning that says what it covers', async () => {
    const base = ['obligations', '--event', 'CHN armed-attack JPN.senkaku'];
    for (const [date, words] of [
      ['1700-01-01', /1700-01-01 is before 1949-04-04/],
      ['2200-01-01', /2200-01-01 is after today/],
    ] as const) {
      const r = await runCasus([...base, '--date', date]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^--date warning date_outside_library/);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).toContain('The library covers 1949-04-04 to today');
    }
    expect((await runCasus([...base, '--date', '2024-11-01'])).stderr).toBe('');
  });

  it('runs as the real binary and prints JSON of the documented shape', () => {
    const r = runBinary([
      'obligations',
      '--date',
      '2024-11-01',
      '--event',
      'CHN armed-attack JPN.senkaku',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const out = ObligationsOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.findings[0]).toMatchObject({
      obligor: 'USA',
      beneficiary: 'JPN',
      obligation: 'must-defend',
    });
    const bad = runBinary([
      'obligations',
      '--date',
      'tomorrow',
      '--event',
      'CHN armed-attack JPN.senkaku',
    ]);
    expect(bad.status).toBe(1);
  });
});
