import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BacktestCase, type BacktestOutput, BacktestOutputSchema } from '@casus/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureAlliance,
  type FixtureParticipant,
  historyStore,
} from '../backtest/history-fixture.ts';
import { runCasus } from '../test-io.ts';

// COW codes: 200 United Kingdom, 220 France, 255 Germany, 300 Austria-Hungary, 325 Italy, 365 Russia.
const wars: FixtureParticipant[] = [
  // 901: Germany attacks France; Britain comes in nine days later, Russia stays out.
  {
    war: 901,
    name: 'Fixture War of Defence',
    ccode: 255,
    side: 1,
    from: '1850-03-01',
    to: '1850-12-31',
    initiator: true,
  },
  {
    war: 901,
    name: 'Fixture War of Defence',
    ccode: 220,
    side: 2,
    from: '1850-03-01',
    to: '1850-12-31',
  },
  {
    war: 901,
    name: 'Fixture War of Defence',
    ccode: 200,
    side: 2,
    from: '1850-03-10',
    to: '1850-12-31',
  },
  // 902: Austria-Hungary attacks Italy, whose British pledge answers only Russia.
  {
    war: 902,
    name: 'Fixture War, Wrong Adversary',
    ccode: 300,
    side: 1,
    from: '1860-05-01',
    to: '1860-09-30',
    initiator: true,
  },
  {
    war: 902,
    name: 'Fixture War, Wrong Adversary',
    ccode: 325,
    side: 2,
    from: '1860-05-01',
    to: '1860-09-30',
  },
  // 903: Germany attacks Russia; Italy joins Germany, Austria-Hungary stays out.
  {
    war: 903,
    name: 'Fixture War of Neutrals',
    ccode: 255,
    side: 1,
    from: '1870-04-01',
    to: '1870-10-01',
    initiator: true,
  },
  {
    war: 903,
    name: 'Fixture War of Neutrals',
    ccode: 365,
    side: 2,
    from: '1870-04-01',
    to: '1870-10-01',
  },
  {
    war: 903,
    name: 'Fixture War of Neutrals',
    ccode: 325,
    side: 1,
    from: '1870-05-01',
    to: '1870-10-01',
  },
  // 904: Austria-Hungary attacks Russia; Britain comes in four months late, France nine months late.
  {
    war: 904,
    name: 'Fixture War of Late Allies',
    ccode: 300,
    side: 1,
    from: '1880-01-01',
    to: '1881-06-30',
    initiator: true,
  },
  {
    war: 904,
    name: 'Fixture War of Late Allies',
    ccode: 365,
    side: 2,
    from: '1880-01-01',
    to: '1881-06-30',
  },
  {
    war: 904,
    name: 'Fixture War of Late Allies',
    ccode: 200,
    side: 2,
    from: '1880-05-01',
    to: '1881-06-30',
  },
  {
    war: 904,
    name: 'Fixture War of Late Allies',
    ccode: 220,
    side: 2,
    from: '1880-10-01',
    to: '1881-06-30',
  },
];

const defense = { defense: 1 };
const alliances: FixtureAlliance[] = [
  {
    atopid: 9001,
    begins: '1840-01-01',
    members: [
      { ccode: 220, entered: '1840-01-01', codes: defense },
      { ccode: 200, entered: '1840-01-01', codes: defense },
    ],
  },
  {
    atopid: 9002,
    begins: '1840-01-01',
    members: [
      { ccode: 220, entered: '1840-01-01', codes: defense },
      { ccode: 365, entered: '1840-01-01', codes: defense },
    ],
  },
  {
    atopid: 9003,
    begins: '1855-01-01',
    codes: { specthrt: 1, statthr1: 365 },
    members: [
      { ccode: 325, entered: '1855-01-01', codes: {} },
      { ccode: 200, entered: '1855-01-01', codes: { defense: 1, defcoadv: 1 } },
    ],
  },
  {
    atopid: 9004,
    begins: '1865-01-01',
    members: [
      { ccode: 365, entered: '1865-01-01', codes: {} },
      { ccode: 300, entered: '1865-01-01', codes: { neutral: 1 } },
    ],
  },
  {
    atopid: 9005,
    begins: '1865-01-01',
    members: [
      { ccode: 365, entered: '1865-01-01', codes: {} },
      { ccode: 325, entered: '1865-01-01', codes: { neutral: 1 } },
    ],
  },
  {
    // France was fighting war 901 when it joined; Italy's pledge holds only in that conflict (defcocon).
    atopid: 9007,
    begins: '1850-03-01',
    members: [
      { ccode: 220, entered: '1850-03-01', codes: { cowwar: 901 } },
      { ccode: 325, entered: '1850-03-01', codes: { defense: 1, defcocon: 1 } },
    ],
  },
  {
    // Austria-Hungary's pledge to France holds only for conflict in a particular location, which ATOP does not name.
    atopid: 9008,
    begins: '1845-01-01',
    members: [
      { ccode: 220, entered: '1845-01-01', codes: {} },
      { ccode: 300, entered: '1845-01-01', codes: { defense: 1, defcoloc: 1 } },
    ],
  },
  {
    atopid: 9006,
    begins: '1875-01-01',
    members: [365, 200, 220].map((ccode) => ({ ccode, entered: '1875-01-01', codes: defense })),
  },
];

const find = (cases: BacktestCase[], q: Partial<BacktestCase>) =>
  cases.filter((c) => Object.entries(q).every(([k, v]) => c[k as keyof BacktestCase] === v));

describe('casus backtest on hand-made histories', () => {
  let db: string;
  let output: BacktestOutput;
  beforeAll(async () => {
    db = await historyStore(wars, alliances);
    const run = await runCasus(['backtest', '--db', db, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    output = JSON.parse(run.stdout);
  });

  it('writes exactly the documented shape', () => {
    expect(BacktestOutputSchema.safeParse(output).error).toBeUndefined();
    expect(output.header.wars).toBe(4);
    expect(output.header.data.map((d) => d.dataset)).toContain('cow-wars');
  });

  it('a defence pact whose ally fought: honoured', () => {
    const [c] = find(output.cases, { war: 901, atopid: 9001, obligor: 200, beneficiary: 220 });
    expect(c).toMatchObject({
      obligation: 'defense',
      invoked: true,
      honoured: true,
      date: '1850-03-01',
    });
    expect(c!.reason).toContain('9 days after France');
    expect(c!.p).toBeGreaterThan(0);
  });

  it('a defence pact whose ally stayed out: invoked, not honoured', () => {
    const [c] = find(output.cases, { war: 901, atopid: 9002, obligor: 365 });
    expect(c).toMatchObject({ beneficiary: 220, invoked: true, honoured: false });
    expect(c!.reason).toContain('did not fight in the war');
  });

  it('a pledge naming another adversary: not invoked', () => {
    const [c] = find(output.cases, { war: 902, atopid: 9003 });
    expect(c).toMatchObject({
      obligor: 200,
      beneficiary: 325,
      invoked: false,
      honoured: null,
      p: null,
    });
    expect(c!.reason).toMatch(/only an attack by Russia; the attacker is Austria-Hungary/);
  });

  it('a neutrality pact kept, and one broken by joining the other side', () => {
    const [kept] = find(output.cases, { war: 903, atopid: 9004 });
    const [broken] = find(output.cases, { war: 903, atopid: 9005, beneficiary: 365 });
    expect(kept).toMatchObject({
      obligor: 300,
      obligation: 'neutrality',
      invoked: true,
      honoured: true,
    });
    expect(broken).toMatchObject({
      obligor: 325,
      obligation: 'neutrality',
      invoked: true,
      honoured: false,
    });
    expect(broken!.reason).toContain('fought against Russia from 1870-05-01');
  });

  it('an ally four months late honours; one nine months late does not', () => {
    const toRussia = find(output.cases, { war: 904, atopid: 9006, beneficiary: 365 });
    expect(find(toRussia, { obligor: 200 })[0]).toMatchObject({ invoked: true, honoured: true });
    expect(find(toRussia, { obligor: 200 })[0]!.reason).toContain('121 days after Russia');
    expect(find(toRussia, { obligor: 220 })[0]).toMatchObject({ invoked: true, honoured: false });
    expect(find(toRussia, { obligor: 220 })[0]!.reason).toContain('274 days after Russia');
  });

  it('a pledge limited to one ongoing conflict answers that war only', () => {
    const [within] = find(output.cases, { war: 901, atopid: 9007 });
    const [outside] = find(output.cases, { war: 904, atopid: 9007 });
    expect(within).toMatchObject({
      obligor: 325,
      beneficiary: 220,
      invoked: true,
      honoured: false,
    });
    expect(outside).toMatchObject({ obligor: 325, beneficiary: 220, invoked: false });
    expect(outside!.reason).toContain('is limited to COW war 901; this event is not part of it');
  });

  it('a condition ATOP does not state is the --unstated assumption, and the reason says so', async () => {
    const [met] = find(output.cases, { war: 901, atopid: 9008 });
    expect(met).toMatchObject({ obligor: 300, invoked: true, honoured: false });
    expect(met!.reason).toContain('assumed met');
    const run = await runCasus([
      'backtest',
      '--db',
      db,
      '--json',
      '--years',
      '1850',
      '--unstated',
      'unmet',
    ]);
    const unmet: BacktestOutput = JSON.parse(run.stdout);
    expect(find(unmet.cases, { atopid: 9008 })[0]).toMatchObject({
      invoked: false,
      honoured: null,
    });
    expect(find(unmet.cases, { atopid: 9008 })[0]!.reason).toMatch(/^assumed unmet/);
    expect(unmet.header.unstatedConditions).toBe('unmet');
    expect(output.summary.assumedInvoked).toBe(1);
  });

  it('an attack on a state whose side began the war does not call on its defence pledge, unless read literally', async () => {
    // Italy joined Germany's war on Russia (903): Britain's pledge to Italy names Russia.
    const ruled = { war: 903, atopid: 9003, obligor: 200, beneficiary: 325 };
    const [rule] = find(output.cases, ruled);
    expect(rule).toMatchObject({ invoked: false, honoured: null });
    expect(rule!.reason).toContain('a counter-strike on Italy, whose side opened the war by force');
    const run = await runCasus([
      'backtest',
      '--db',
      db,
      '--json',
      '--counterstrike-invokes',
      'yes',
    ]);
    const literal: BacktestOutput = JSON.parse(run.stdout);
    expect(literal.header.counterstrikeInvokes).toBe('yes');
    expect(find(literal.cases, ruled)[0]).toMatchObject({ invoked: true, honoured: false });
    // Both runs report both readings, the initiator rule first, the same figures either way.
    expect(literal.summary.readings).toEqual(output.summary.readings);
    const [no, yes] = output.summary.readings!;
    expect([no!.counterstrikeInvokes, yes!.counterstrikeInvokes]).toEqual(['no', 'yes']);
    expect(yes!.defense.invoked).toBe(no!.defense.invoked + 1);
    expect(yes!.defense.tests).toBe(no!.defense.tests + 1);
    expect(no!.invoked).toBe(output.summary.invoked);
  });

  it('summarises the tests with Wilson intervals beside the published figures', () => {
    const all = output.summary.rates.find((r) => r.key === 'all')!;
    const tested = output.cases.filter((c) => c.invoked && c.honoured !== null);
    expect(all.tests).toBe(tested.length);
    expect(all.honoured).toBe(tested.filter((c) => c.honoured).length);
    expect(all.low).toBeLessThan(all.rate!);
    expect(all.published[0]).toMatchObject({
      value: 0.5,
      source: expect.stringContaining('Berkemeier'),
    });
    expect(output.summary.rates.find((r) => r.key === 'size:multilateral')!.tests).toBe(
      find(tested, { atopid: 9006 }).length,
    );
  });

  it('--late-entry moves the line, --years keeps the wars asked for, --out writes the CSV', async () => {
    const out = join(db, '..', 'cases.csv');
    const run = await runCasus([
      'backtest',
      '--db',
      db,
      '--json',
      '--late-entry',
      '300',
      '--years',
      '1880-1881',
      '--out',
      out,
    ]);
    const later: BacktestOutput = JSON.parse(run.stdout);
    expect(later.cases.every((c) => c.war === 904)).toBe(true);
    expect(find(later.cases, { beneficiary: 365, obligor: 220 })[0]!.honoured).toBe(true);
    const csv = readFileSync(out, 'utf8').split('\n');
    expect(csv[0]).toBe(
      'war,warName,atopid,obligor,beneficiary,date,obligation,invoked,honoured,p,reason',
    );
    expect(csv).toHaveLength(later.cases.length + 2);
  });

  it('prints a table for people', async () => {
    const run = await runCasus(['backtest', '--db', db]);
    expect(run.stdout).toMatch(/all wars\s+\d+\s+\d+/);
    expect(run.stdout).toContain('Berkemeier & Fuhrmann 2018');
  });

  it('refuses bad input with exit 1, naming what was expected', async () => {
    const years = await runCasus(['backtest', '--db', db, '--years', '1700-1800']);
    expect(years.code).toBe(1);
    expect(years.stderr).toContain('1816-2007');
    const flag = await runCasus(['backtest', '--db', db, '--yeras', '1816-1900']);
    expect(flag.stderr).toContain('did you mean "--years"');
    const none = await runCasus(['backtest', '--db', join(db, '..', 'absent.duckdb')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('casus data import');
  });
});
