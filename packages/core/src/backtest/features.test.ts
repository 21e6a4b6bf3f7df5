import { describe, expect, it } from 'vitest';
import type { IsoDate, StateId } from '../model/ids.ts';
import { SIM_FEATURES } from '../sim/edge-features.ts';
import { caseFeatures, FEATURE_NAMES, type FeatureSources, historyDesign } from './features.ts';
import type { BacktestCase } from './output.ts';
import type { WarEntry } from './war-record.ts';

const d = (s: string) => s as IsoDate;
const entry = (ccode: number, side: number): WarEntry => ({
  war: 1,
  warName: 'Test War',
  ccode,
  state: `S${ccode}` as StateId,
  side,
  spells: [{ start: d('1950-01-01'), end: d('1950-12-31') }],
  initiator: side === 1,
  whereFought: 2,
});

// 2 (at 0°, 0°) owes 3 (at 0°, 9°: about 1,000 km north) a defence pledge against 4 and 5.
const sources: FeatureSources = {
  wars: [entry(4, 1), entry(5, 1), entry(3, 2)],
  memberships: [
    {
      atopid: 7,
      phase: 1,
      ccode: 3,
      state: 'S3' as StateId,
      entered: d('1940-01-01'),
      bilateral: true,
      obligations: [],
    },
    {
      atopid: 7,
      phase: 2,
      ccode: 2,
      state: 'S2' as StateId,
      entered: d('1944-06-01'),
      bilateral: true,
      obligations: ['defense'],
    },
  ],
  capitals: [2, 3].map((ccode) => ({
    ccode,
    capital: `C${ccode}`,
    lng: 0,
    lat: ccode === 2 ? 0 : 9,
    from: d('1900-01-01'),
    to: d('2000-12-31'),
  })),
  // 2 doubled its CINC between 1944, when it joined alliance 7, and 1950; its opponents did not.
  cinc: new Map(
    [1944, 1950].flatMap((y) => [
      [`2:${y}`, y === 1944 ? 0.1 : 0.2],
      [`4:${y}`, 0.05],
      [`5:${y}`, 0.05],
    ]),
  ),
  majors: [{ ccode: 2, from: d('1945-01-01'), to: d('2000-12-31') }],
  democracy: new Map([
    ['2:1950', 0.8],
    ['2:1944', 0.7],
  ]),
  depth: new Map([
    [7, { integratedCommand: true, militaryAid: false, bases: true, organisation: false }],
  ]),
};

const pledge: BacktestCase = {
  war: 1,
  warName: 'Test War',
  atopid: 7,
  obligor: 2,
  beneficiary: 3,
  date: '1950-01-01',
  obligation: 'defense',
  invoked: true,
  honoured: true,
  p: null,
  reason: '',
};

const named = (row: number[] | string) =>
  Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, (row as number[])[j]]));

describe('the reliability fit’s features of a historical case', () => {
  it('reads each feature off the case and its sources', () => {
    const f = named(caseFeatures(pledge, sources));
    expect(f).toMatchObject({
      offense: 0,
      neutrality: 0,
      nonaggression: 0,
      postwar: 1,
      multilateral: 0,
      majorPower: 1,
      democracy: 0.8,
      depth: 2,
    });
    expect(f.distance).toBeCloseTo(1.0008, 3);
    // CINC 0.2 against the two opponents' 0.05 + 0.05.
    expect(f.capability).toBeCloseTo(Math.log(2), 10);
    // Against the same two opponents in 1944: 0.1 / 0.1, log 0; the ratio doubled since.
    expect(f.capabilityChange).toBeCloseTo(Math.log(2), 10);
  });

  it('leaves out a case without CINC scores for the year its pledge was signed, unless the change is left out', () => {
    const joinedIn1943 = {
      ...sources,
      memberships: sources.memberships.map((m) => ({ ...m, entered: d('1943-06-01') })),
    };
    expect(caseFeatures(pledge, joinedIn1943)).toBe('capabilityChange');
    expect(caseFeatures({ ...pledge, atopid: 8 }, sources)).toBe('capabilityChange');
    expect(named(caseFeatures(pledge, joinedIn1943, ['capabilityChange'])).capabilityChange).toBe(
      0,
    );
    expect(historyDesign([pledge], joinedIn1943).omitted.capabilityChange).toBe(1);
    // Signed in 1815, before COW NMC begins: scored on 1816.
    const in1815 = {
      ...sources,
      memberships: sources.memberships.map((m) => ({ ...m, entered: d('1815-06-09') })),
      cinc: new Map([...sources.cinc, ['2:1816', 0.1], ['4:1816', 0.05], ['5:1816', 0.05]]),
    };
    expect(named(caseFeatures(pledge, in1815)).capabilityChange).toBeCloseTo(Math.log(2), 10);
  });

  it('codes the obligation against defence, the era at 1945, and a minor power', () => {
    const f = named(
      caseFeatures({ ...pledge, obligation: 'neutrality', date: '1944-12-31' }, sources),
    );
    expect(f).toMatchObject({ neutrality: 1, offense: 0, postwar: 0, majorPower: 0 });
  });

  it('leaves out a case whose capital or CINC score is missing, and keeps only tested cases', () => {
    expect(caseFeatures({ ...pledge, beneficiary: 9 }, sources)).toBe('capital');
    expect(caseFeatures({ ...pledge, date: '1951-01-01' }, sources)).toBe('capability');
    const undated = { ...sources, democracy: new Map([['2:1944', 0.7]]) };
    expect(caseFeatures(pledge, undated)).toBe('democracy');
    const design = historyDesign(
      [
        pledge,
        { ...pledge, honoured: false, obligation: 'offense' },
        { ...pledge, invoked: false, honoured: null },
        { ...pledge, obligation: 'consultation', honoured: null },
        { ...pledge, beneficiary: 9 },
      ],
      sources,
    );
    expect(design.data.y).toEqual([1, 0]);
    expect(design.rows).toEqual([0, 1]);
    expect(design.omitted).toEqual({
      capital: 1,
      capability: 0,
      democracy: 0,
      capabilityChange: 0,
    });
    // Only the obligation differs between the two rows: every other feature is dropped.
    expect(design.data.names).toEqual(['offense']);
    expect(design.dropped).toContain('distance');
  });
});

describe('the features a present-day edge computes', () => {
  // The simulation names its features apart from the fit's (sim may not import the backtest):
  // a name that drifted would leave a fitted coefficient unread.
  it('are features of the fit, every one but democracy and capabilityChange', () => {
    expect(SIM_FEATURES.filter((f) => !(FEATURE_NAMES as readonly string[]).includes(f))).toEqual(
      [],
    );
    expect(FEATURE_NAMES.filter((f) => !(SIM_FEATURES as readonly string[]).includes(f))).toEqual([
      'democracy',
      'capabilityChange',
    ]);
  });
});
