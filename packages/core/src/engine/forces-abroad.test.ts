/**
 * Forces abroad, tied to Japan's 2015 legislation (library/agreements/japan-peace-security-2015.yaml;
 * shared/reference/treaty-texts.md §13): Japan may use force only "(1) When an armed attack
 * against Japan occurs or when an armed attack against a foreign country that is in a close
 * relationship with Japan occurs and as a result threatens Japan's survival …", and whether a
 * situation exists is the Cabinet's judgement, which a scenario declares.
 */
import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import { Scenario } from '../model/scenario.ts';
import { runCascade } from './cascade.ts';
import { stationedHits } from './forces-abroad.ts';
import { prepareWorld } from './world.ts';

const library = realLibrary();
// The library's Guam strike under the revised alliance, which adds the Self-Defense Force base on Guam.
const guam = Scenario.parse({
  ...[...library.scenarios.values()].find((s) => s.id === 'guam-strike')!,
  architecture: 'us-japan-revised',
});

function run(situations: Record<string, string> = {}, architecture: string = guam.architecture) {
  const scenario = Scenario.parse({
    ...guam,
    architecture,
    assumptions: { ...guam.assumptions, situations },
  });
  const world = prepareWorld(library, {
    architecture,
    date: scenario.date,
    assumptions: scenario.assumptions,
  });
  return { world, scenario, result: runCascade(world, scenario.events, { mode: 'honoured' }) };
}

const lawFinding = (r: ReturnType<typeof run>['result'], clause: string) =>
  r.findings.find((f) => f.clause === clause && f.obligor === 'JPN');

describe('a strike on Guam with Self-Defense Forces stationed there (Japan’s 2015 law)', () => {
  it('is also an armed attack on Japan’s forces at the proposed base, which us-japan-revised adds', () => {
    const { world, scenario } = run();
    const hits = stationedHits(world, scenario.events);
    expect(hits.map((h) => h.event.target)).toEqual([
      {
        state: 'JPN',
        asset: 'armed-forces',
        place: 'USA.guam',
        at: [144.79, 13.44],
        detail: 'Self-Defense Force training base on Guam (proposed)',
      },
    ]);
    expect(hits[0]!.event).toMatchObject({ actor: 'PRK', kind: 'armed-attack' });
    // The status quo has no Japanese base on Guam: the strike hits only the United States.
    const status = run({}, 'status-quo');
    expect(stationedHits(status.world, status.scenario.events)).toEqual([]);
    expect(status.result.forcesAbroad).toBeUndefined();
  });

  it('without a declared situation Japan is not at war: its armed-attack-situation permission fails on its area, the survival-threatening one on the Cabinet’s declaration', () => {
    const { result } = run();
    expect(result.entries.map((e) => e.state)).not.toContain('JPN');
    expect(result.forcesAbroad).toEqual([
      {
        state: 'JPN',
        actor: 'PRK',
        event: 1,
        where: 'Guam',
        administeredBy: 'USA',
        bases: ['jsdf-guam-proposed'],
        atWar: false,
        law: 'japan-peace-security-2015',
        lawName: "Japan's Legislation for Peace and Security (2015)",
        allowsForceFor: ['armed-attack-situation', 'survival-threatening-situation'],
      },
    ]);
    // "an armed attack against Japan": the clause answers attacks in the territories under
    // Japan's administration, which Guam is not. It answers the attack on the forces (event 1).
    const own = lawFinding(result, 'japan-2015-armed-attack-situation')!;
    expect(own).toMatchObject({ event: 1, fired: false, beneficiary: 'JPN' });
    expect(own.failed).toMatchObject({ test: 'area' });
    expect(own.failed!.reason).toContain('Guam is administered by the United States');
    // "an armed attack against a foreign country that is in a close relationship with Japan":
    // the United States, attacked at Guam (event 0), but no survival-threatening situation declared.
    const partner = lawFinding(result, 'japan-2015-survival-threatening-situation')!;
    expect(partner).toMatchObject({ event: 0, fired: false, beneficiary: 'USA' });
    expect(partner.failed).toMatchObject({ test: 'domestic-constraint' });
    expect(partner.failed!.reason).toContain('this scenario declares none');
    // The US is at war as the victim of the strike on its territory, as before.
    expect(result.entries.find((e) => e.state === 'USA')).toMatchObject({
      side: 'defender',
      round: 0,
    });
  });

  it('with a declared survival-threatening situation Japan enters for the United States in round 1', () => {
    const { result } = run({ JPN: 'survival-threatening-situation' });
    expect(lawFinding(result, 'japan-2015-survival-threatening-situation')).toMatchObject({
      fired: true,
      obligation: 'may-use-force',
      beneficiary: 'USA',
    });
    const jpn = result.entries.find((e) => e.state === 'JPN')!;
    expect(jpn).toMatchObject({ side: 'defender', round: 1, via: 'PRK' });
    // The revised treaty's duty to defend US territory is listed first and brings Japan in; its
    // domestic-constraint condition passes on the same declaration.
    expect(jpn.because!.beneficiary).toBe('USA');
    expect(
      jpn.because!.trace.find((c) => c.test === 'domestic-constraint')?.reason ?? '',
    ).toContain('survival-threatening situation');
    // The armed-attack situation still does not answer an attack on forces outside Japan.
    expect(lawFinding(result, 'japan-2015-armed-attack-situation')!.fired).toBe(false);
    expect(result.forcesAbroad![0]!.atWar).toBe(false);
  });

  it('a strike on a whole home territory is not read as a strike on every garrison in it (US forces in an invasion of South Korea)', () => {
    const korea = [...library.scenarios.values()].find((s) => s.id === 'korea-invasion-2025')!;
    const world = prepareWorld(library, {
      architecture: korea.architecture,
      date: korea.date,
      assumptions: korea.assumptions,
    });
    expect(
      world.bases.some((b) => b.place === 'KOR.main' && b.users.includes('USA' as never)),
    ).toBe(true);
    expect(stationedHits(world, korea.events)).toEqual([]);
  });

  it('an unconstrained state whose forces are hit where they are stationed is at war as their victim', () => {
    // China strikes Okinawa itself (a place, not the whole home islands): US forces at its bases are hit.
    const scenario = Scenario.parse({
      id: 'okinawa-place',
      name: 'strike on Okinawa',
      description: 'China strikes Okinawa.',
      architecture: 'status-quo',
      date: '2027-01-01',
      events: [{ actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.okinawa' } }],
    });
    const world = prepareWorld(library, { architecture: 'status-quo', date: scenario.date });
    const r = runCascade(world, scenario.events, { mode: 'honoured' });
    const usa = r.entries.find((e) => e.state === 'USA')!;
    expect(usa).toMatchObject({ side: 'defender', round: 0 });
    expect(usa.reason).toContain('attacked by China: its forces stationed at ');
    expect(usa.reason).toContain('Kadena Air Base');
    expect(usa.reason.endsWith('(Okinawa Island)')).toBe(true);
    expect(r.forcesAbroad).toMatchObject([{ state: 'USA', atWar: true, administeredBy: 'JPN' }]);
    expect(r.forcesAbroad![0]!.law).toBeUndefined();
  });
});
