import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type BacktestCase,
  type BacktestOutput,
  brierScore,
  fitLogistic,
  logLoss,
  parseFittedReliability,
  parseReliabilityModel,
  predictLogistic,
} from '@casus/core';
import { importDatasets } from '@casus/data';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureAlliance,
  type FixtureParticipant,
  historyStore,
} from '../backtest/history-fixture.ts';
import { runCasus } from '../test-io.ts';

// COW codes: 200 United Kingdom, 220 France, 255 Germany, 300 Austria-Hungary, 325 Italy, 365 Russia.
// Germany attacks France three times before 1945 and three times after; Britain (a bilateral pact)
// and Italy and Austria-Hungary (a multilateral one) come to France's side or stay out.
const attack = (war: number, year: number, joiners: number[]): FixtureParticipant[] => {
  const name = `Fixture War ${war}`;
  const from = `${year}-03-01`;
  const to = `${year}-12-31`;
  return [
    { war, name, ccode: 255, side: 1, from, to, initiator: true },
    { war, name, ccode: 220, side: 2, from, to },
    ...joiners.map((ccode) => ({ war, name, ccode, side: 2 as const, from, to })),
  ];
};
const wars = [
  ...attack(911, 1850, [200, 325]),
  ...attack(912, 1870, [300]),
  ...attack(913, 1890, [200]),
  ...attack(921, 1950, []),
  ...attack(922, 1960, [200]),
  ...attack(923, 1970, [325]),
];
const defense = { defense: 1 };
const alliances: FixtureAlliance[] = [
  {
    atopid: 9101,
    begins: '1840-01-01',
    members: [220, 200].map((ccode) => ({ ccode, entered: '1840-01-01', codes: defense })),
  },
  {
    atopid: 9102,
    begins: '1840-01-01',
    members: [220, 300, 325].map((ccode) => ({ ccode, entered: '1840-01-01', codes: defense })),
  },
];

describe('casus fit on a hand-made history', () => {
  let db: string;
  let backtest: BacktestOutput;
  // biome-ignore lint/suspicious/noExplicitAny: the command's JSON, checked field by field below
  let fit: any;
  beforeAll(async () => {
    db = await historyStore(wars, alliances);
    backtest = JSON.parse((await runCasus(['backtest', '--db', db, '--json'])).stdout);
    const out = join(db, '..', 'fitted.yaml');
    const cases = join(db, '..', 'cases.csv');
    const run = await runCasus([
      'fit',
      '--db',
      db,
      '--json',
      '--ridge',
      '1',
      '--out',
      out,
      '--cases',
      cases,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    fit = JSON.parse(run.stdout);
  });

  const tested = () => backtest.cases.filter((c) => c.invoked && c.honoured !== null);

  it('fits every tested case, leaving out the features this store cannot give', () => {
    expect(fit.header.n).toBe(tested().length);
    expect(fit.header.honoured).toBe(tested().filter((c) => c.honoured).length);
    expect(fit.coefficients.map((c: { name: string }) => c.name)).toEqual([
      'intercept',
      'postwar',
      'multilateral',
    ]);
    expect(fit.header.dropped).toEqual(
      expect.arrayContaining(['distance', 'capability', 'majorPower', 'depth']),
    );
    expect(fit.timeSplit.dropped).toEqual(['postwar']);
    expect(fit.timeSplit.n).toBe(tested().filter((c) => c.date >= '1945').length);
  });

  const row = (c: BacktestCase) => [c.date >= '1945' ? 1 : 0, c.atopid === 9102 ? 1 : 0];
  /** A tested case's probability from a fit, on a hand-built design, to the other wars. */
  const leftOut = (c: BacktestCase, ridge: number) => {
    const others = tested().filter((o) => o.war !== c.war);
    const alone = fitLogistic(
      {
        names: ['postwar', 'multilateral'],
        x: others.map(row),
        y: others.map((o) => (o.honoured ? 1 : 0)),
      },
      { ridge },
    );
    return predictLogistic(alone, row(c));
  };

  it('forecasts each case from a fit on the other wars, as a hand-built design gives', () => {
    const csv = readFileSync(join(db, '..', 'cases.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const pOf = (i: number) => Number(csv[i]!.split(',')[9]);
    for (const c of tested()) expect(pOf(backtest.cases.indexOf(c))).toBeCloseTo(leftOut(c, 1), 4);
    expect(fit.leaveOneWarOut.baseRate.logLoss).toBeGreaterThan(0);
  });

  it('casus backtest --fitted: p is the left-out probability, and the header says so', async () => {
    const run = await runCasus(['backtest', '--db', db, '--json', '--fitted']);
    expect(run.code).toBe(0);
    const fitted: BacktestOutput = JSON.parse(run.stdout);
    expect(fitted.header.model.name).toContain('fitted to these cases');
    fitted.cases.forEach((c, i) => {
      if (!c.invoked || c.honoured === null) expect(c.p).toBeNull();
      else expect(c.p).toBeCloseTo(leftOut(backtest.cases[i]!, 0), 4);
    });
  });

  it('writes a fitted file the simulation reads, scored beside the hand-set model, with its assumptions', () => {
    const text = readFileSync(join(db, '..', 'fitted.yaml'), 'utf8');
    expect(text).not.toContain('Not yet');
    const parsed = parseReliabilityModel(text, 'fitted.yaml');
    expect(parsed.issues).toEqual([]);
    if (!parsed.ok || parsed.value.form !== 'logistic-fitted') throw new Error('not a fitted file');
    const m = parsed.value;
    expect(m.fit.command).toMatch(/^casus fit --db .* --ridge 1/);
    expect(m.fit.n).toBe(tested().length);
    expect(m.fit.data.map((d) => d.dataset)).toContain('cow-wars');
    expect(m.coefficients[1]).toMatchObject({ name: 'postwar', se: expect.any(Number) });
    // The hand-set model is scored on its own p (casus backtest's), case for case.
    const p = tested().map((c) => c.p!);
    const y = tested().map((c) => (c.honoured ? 1 : 0));
    expect(m.fit.compared).toMatchObject({
      n: tested().length,
      handSet: { file: 'library/models/reliability.yaml', sha256: backtest.header.model.sha256 },
      logLoss: {
        fitted: fit.leaveOneWarOut.fitted.logLoss,
        baseRate: fit.leaveOneWarOut.baseRate.logLoss,
      },
    });
    expect(m.fit.compared!.logLoss.handSet).toBeCloseTo(logLoss(p, y), 12);
    expect(m.fit.compared!.brier.handSet).toBeCloseTo(brierScore(p, y), 12);
    expect(m.assumptions['response.discretionary']).toEqual({
      value: -1.2,
      source: 'library/models/reliability.yaml response.discretionary: assumption',
    });
    expect(m.assumptions['kind.policy']!.value).toBeCloseTo(Math.log(0.4 / 0.6) - Math.log(3), 12);
    expect(m.assumptions['affinity.joint-statement']!.value).toBe(0.03);
  });

  it('writes the printed leave-one-war-out diagram into the file, for the report and the web', () => {
    const parsed = parseFittedReliability(readFileSync(join(db, '..', 'fitted.yaml'), 'utf8'), 'f');
    if (!parsed.ok) throw new Error('expected a fitted file');
    const printed = fit.leaveOneWarOut.fitted.diagram
      .filter((b: { n: number }) => b.n > 0)
      .map((b: { n: number; predicted: number; events: number }) => [b.n, b.predicted, b.events]);
    const { leaveOneWarOut, timeSplit } = parsed.value.calibration;
    expect(leaveOneWarOut.bins.map((b) => [b.n, b.predicted, b.observed * b.n])).toEqual(printed);
    expect(timeSplit?.n).toBe(fit.timeSplit.n);
  });

  it('prints the coefficients and the scores for people, and refuses a bad ridge', async () => {
    const run = await runCasus(['fit', '--db', db, '--ridge', '1']);
    expect(run.stdout).toMatch(/leave one war out: base rate/);
    expect(run.stdout).toMatch(/leave one war out: hand-set\s+\d+\s+0\.\d{4}/);
    const without = JSON.parse(
      (await runCasus(['fit', '--db', db, '--json', '--ridge', '1', '--without', 'multilateral']))
        .stdout,
    );
    expect(without.coefficients.map((c: { name: string }) => c.name)).toEqual([
      'intercept',
      'postwar',
    ]);
    expect(without.header.without).toEqual(['multilateral']);
    const unknown = await runCasus(['fit', '--db', db, '--without', 'democrazy']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--without democrazy: no such feature');
    expect(run.stdout).toMatch(/multilateral\s+-?\d/);
    const postwar = await runCasus([
      'fit',
      '--db',
      db,
      '--json',
      '--years',
      '1945-2007',
      '--ridge',
      '1',
    ]);
    expect(JSON.parse(postwar.stdout).timeSplit).toBeNull();
    // Without the penalty the few cases of the three post-1945 wars have no finite fit.
    const separated = await runCasus(['fit', '--db', db, '--years', '1945-2007']);
    expect(separated.code).toBe(1);
    expect(separated.stderr).toContain('no finite fit');
    const bad = await runCasus(['fit', '--db', db, '--ridge', '-1']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--ridge');
  });

  it('names the import to run when the store is absent or lacks the wars, as casus backtest does', async () => {
    const none = await runCasus(['fit', '--db', join(db, '..', 'absent.duckdb')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/--db error invalid_value\n {2}no research-data store at /);
    expect(none.stderr).toContain('casus data import');
    const atopOnly = join(db, '..', 'atop-only.duckdb');
    await importDatasets({ dir: dirname(db), dbPath: atopOnly, only: ['atop'] });
    for (const command of ['fit', 'backtest']) {
      const lacking = await runCasus([command, '--db', atopOnly]);
      expect(lacking.code).toBe(1);
      expect(lacking.stderr).toContain('lacks cow-wars');
      expect(lacking.stderr).toContain('casus data import DIR --only cow-wars');
    }
  });
});
