/** The cascade on the real library: who enters, in which round, by which article. */
import { describe, expect, it } from 'vitest';
import { type CascadeMode, type CascadeResult, runCascade } from '../src/index.ts';
import { event, worldOf } from './real-library.ts';

const invasion = event({ actor: 'PRK', kind: 'armed-attack', target: { place: 'KOR.main' } });

// `literal`: counter-strikes on North Korea invoke its pacts (counterstrikeInvokes: yes), the
// reading under which its allies' treaties fire on the strikes that answer its invasion.
function korea(
  date: string,
  mode: CascadeMode,
  architecture = 'status-quo',
  reading: 'yes' | 'no' = 'yes',
): CascadeResult {
  return runCascade(worldOf(architecture, date, {}, 'theatre', reading), [invasion], { mode });
}

const entered = (r: CascadeResult) =>
  Object.fromEntries(r.entries.map((e) => [e.state, [e.side, e.round]]));

describe('a North Korean invasion of the South, 1 March 2025, every defence duty honoured, by the initiator rule', () => {
  const r = korea('2025-03-01', 'honoured', 'status-quo', 'no');

  it('ends with the United States: its strikes on the North, which opened the war, invoke neither of its pacts', () => {
    expect(entered(r)).toEqual({
      PRK: ['attacker', 0],
      KOR: ['defender', 0],
      USA: ['defender', 1],
    });
    const onStrike = r.findings.filter(
      (f) => f.event === 1 && f.beneficiary === 'PRK' && f.obligation === 'must-defend',
    );
    expect(onStrike.map((f) => [f.clause, f.failed?.test]).sort()).toEqual([
      ['china-dprk-1961-art2', 'initiator'],
      ['russia-dprk-2024-art4', 'initiator'],
    ]);
  });
});

describe('the same invasion read literally (counterstrikeInvokes: yes), every defence duty honoured', () => {
  const r = korea('2025-03-01', 'honoured');

  it('brings the United States in in round 1 under Article III of the US–ROK treaty', () => {
    const us = r.entries.find((e) => e.state === 'USA');
    expect(us).toMatchObject({ side: 'defender', round: 1, via: 'PRK' });
    expect(us?.because).toMatchObject({
      clause: 'us-rok-1953-art3',
      beneficiary: 'KOR',
      fired: true,
    });
  });

  it('whose strikes on the North bring in China (1961, Article II) and Russia (2024, Article 4) in round 2', () => {
    expect(entered(r)).toEqual({
      PRK: ['attacker', 0],
      KOR: ['defender', 0],
      USA: ['defender', 1],
      CHN: ['attacker', 2],
      RUS: ['attacker', 2],
    });
    const because = (s: string) => r.entries.find((e) => e.state === s)?.because;
    expect(because('CHN')).toMatchObject({
      clause: 'china-dprk-1961-art2',
      beneficiary: 'PRK',
      adversary: 'USA',
    });
    expect(because('RUS')).toMatchObject({
      clause: 'russia-dprk-2024-art4',
      beneficiary: 'PRK',
      adversary: 'USA',
    });
    expect(r.rounds).toBe(2);
  });

  it('records the strikes the entrants make, as armed attacks on the home territory of the other side', () => {
    expect(r.events.map((e) => [e.actor, e.target.place])).toContainEqual(['USA', 'PRK.main']);
    expect(r.events.filter((e) => e.actor === 'CHN').map((e) => e.target.place)).toEqual([
      'KOR.main',
    ]);
  });
});

describe('the same invasion read literally on 1 June 2024, before the Russia–DPRK treaty entered into force (4 December 2024)', () => {
  it('brings in China alone in round 2; Article 4 of the 2024 treaty fails its in-force test', () => {
    const r = korea('2024-06-01', 'honoured');
    expect(Object.keys(entered(r)).sort()).toEqual(['CHN', 'KOR', 'PRK', 'USA']);
    const russia = r.findings.find(
      (f) => f.clause === 'russia-dprk-2024-art4' && f.obligor === 'RUS',
    );
    expect(russia?.failed?.test).toBe('in-force');
  });
});

describe('the invasion under strict mode', () => {
  it('brings in nobody for South Korea: Article III binds "in accordance with constitutional processes", not automatically', () => {
    expect(korea('2025-03-01', 'strict').entries.map((e) => e.state)).toEqual(['PRK', 'KOR']);
  });
});

describe('the invasion read literally under an exclusive Asian NATO (collective-defence article, automatic)', () => {
  const r = korea('2025-03-01', 'honoured', 'asian-nato-exclusive');

  it('brings in the other members in round 1, Japan excepted by its 2015 legislation', () => {
    const round1 = r.entries
      .filter((e) => e.round === 1)
      .map((e) => e.state)
      .sort();
    expect(round1).toEqual(['AUS', 'PHL', 'USA']);
    const japan = r.findings.find(
      (f) =>
        f.clause === 'asian-nato-exclusive-collective-defense' &&
        f.obligor === 'JPN' &&
        f.beneficiary === 'KOR',
    );
    expect(japan).toMatchObject({ fired: false, failed: { test: 'domestic-constraint' } });
  });

  it('also in strict mode, since the proposal makes collective defence automatic', () => {
    const strict = korea('2025-03-01', 'strict', 'asian-nato-exclusive');
    expect(
      strict.entries
        .filter((e) => e.round === 1)
        .map((e) => e.state)
        .sort(),
    ).toEqual(['AUS', 'PHL', 'USA']);
  });

  it('still brings in China and Russia in round 2 against the members that struck the North', () => {
    expect(entered(r)).toMatchObject({ CHN: ['attacker', 2], RUS: ['attacker', 2] });
  });
});

describe('an inclusive Asian NATO, China a member, read literally', () => {
  it('puts China on the defending side in round 1 and notes its conflicting 1961 duty to North Korea', () => {
    const r = korea('2025-03-01', 'honoured', 'asian-nato-inclusive');
    expect(entered(r).CHN).toEqual(['defender', 1]);
    expect(
      r.conflicts?.some((c) => c.state === 'CHN' && c.finding.clause === 'china-dprk-1961-art2'),
    ).toBe(true);
  });
});

describe('the cascade is cycle-safe', () => {
  it('ends when a round adds nobody, even when the events answer each other', () => {
    const world = worldOf('status-quo', '2025-03-01');
    const back = event({ actor: 'KOR', kind: 'armed-attack', target: { place: 'PRK.main' } });
    const r = runCascade(world, [invasion, back], { mode: 'honoured' });
    const states = r.entries.map((e) => e.state);
    expect(new Set(states).size).toBe(states.length);
    expect(r.rounds).toBeLessThanOrEqual(states.length);
  });
});

describe('the escalation assumption: where entrants strike (read literally, so China enters)', () => {
  const guam = event({ actor: 'PRK', kind: 'armed-attack', target: { place: 'USA.guam' } });
  const run = (escalation: 'theatre' | 'homelands') =>
    runCascade(worldOf('status-quo', '2025-03-01', {}, escalation, 'yes'), [guam], {
      mode: 'honoured',
    });

  it('theatre: China, entering for North Korea, strikes the United States at Guam, outside NATO Article 6', () => {
    const r = run('theatre');
    expect(r.events.some((e) => e.actor === 'CHN' && e.target.place === 'USA.guam')).toBe(true);
    expect(r.entries.map((e) => e.state)).not.toContain('CAN');
  });

  it('homelands: the same strike lands on the continental United States and NATO Article 5 fires', () => {
    const r = run('homelands');
    const canada = r.entries.find((e) => e.state === 'CAN');
    expect(canada?.because).toMatchObject({ clause: 'nato-1949-art5', beneficiary: 'USA' });
  });
});

describe('only acts of force open a war', () => {
  it('an aircraft entering Japanese airspace (an incursion) puts nobody at war, though the US must consult', () => {
    const incursion = event({
      actor: 'CHN',
      kind: 'incursion',
      target: { place: 'JPN.home-islands' },
    });
    const r = runCascade(worldOf('status-quo', '2024-08-26'), [incursion], { mode: 'honoured' });
    expect(r.entries).toEqual([]);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ obligor: 'USA', obligation: 'must-consult', fired: true }),
    );
  });

  it('a blockade of Taiwan (aggression under UNGA Resolution 3314, Art. 3(c)) makes China and Taiwan belligerents', () => {
    const blockade = event({ actor: 'CHN', kind: 'blockade', target: { place: 'TWN.main' } });
    const r = runCascade(worldOf('status-quo', '2024-11-01'), [blockade], { mode: 'honoured' });
    expect(entered(r)).toEqual({ CHN: ['attacker', 0], TWN: ['defender', 0] });
  });
});

describe('the same invasion with Japan’s security law revised for the pact', () => {
  it('brings Japan in with the other members in round 1', () => {
    const r = korea('2025-03-01', 'honoured', 'asian-nato-japan-law-revised');
    const round1 = r.entries
      .filter((e) => e.round === 1)
      .map((e) => e.state)
      .sort();
    expect(round1).toEqual(['AUS', 'JPN', 'PHL', 'USA']);
  });
});
