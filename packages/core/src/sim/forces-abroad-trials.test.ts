/**
 * Forces abroad in the Monte Carlo: the compiled cascade counts the attacks on forces stationed
 * where a scenario strikes, and holds back a state whose law limits its force, as runCascade does
 * (docs/engine.md, "Forces abroad"), so p = 1 gives the honoured cascade's sides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/library-files.ts';
import { realLibrary } from '../../test/real-library.ts';
import { presentDayInputs } from '../analytics/present-day.ts';
import { runCascade } from '../engine/cascade.ts';
import { prepareWorld } from '../engine/world.ts';
import { Scenario } from '../model/scenario.ts';
import type { ObligationEdgeKind } from './compiled-cascade.ts';
import { runTrials } from './monte-carlo.ts';
import { prepareScenario } from './prepare.ts';
import { parseReliabilityParams } from './reliability-params.ts';

const library = realLibrary();
// The library's Guam strike under the revised alliance, which adds the Self-Defense Force base on Guam.
const guam = Scenario.parse({
  ...[...library.scenarios.values()].find((s) => s.id === 'guam-strike')!,
  architecture: 'us-japan-revised',
});
const file = join(repoRoot, 'library', 'models', 'reliability.yaml');
const parsed = parseReliabilityParams(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error('library/models/reliability.yaml does not parse');
const inputs = presentDayInputs();

const okinawa = Scenario.parse({
  id: 'okinawa-place',
  name: 'strike on Okinawa',
  description: 'China strikes Okinawa itself, where US forces are stationed.',
  architecture: 'status-quo',
  date: '2027-01-01',
  events: [{ actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.okinawa' } }],
});

const cases: [string, Scenario][] = [
  ['guam-strike under the revised alliance, no situation declared', guam],
  [
    'guam-strike under the revised alliance, survival-threatening situation',
    Scenario.parse({
      ...guam,
      assumptions: { ...guam.assumptions, situations: { JPN: 'survival-threatening-situation' } },
    }),
  ],
  ['a strike on Okinawa itself', okinawa],
];

describe('forces abroad in the Monte Carlo, mirroring the cascade', () => {
  // The honoured cascade honours every finding that fired and none that a domestic law held back;
  // a constrained edge is the chance that law yields anyway, so it is 0 here.
  const honouredP = (_: unknown, kind: ObligationEdgeKind) => (kind === 'constrained' ? 0 : 1);

  for (const [name, scenario] of cases)
    it(`p = 1 (0 for edges the law holds back) gives the honoured cascade’s sides: ${name}`, () => {
      const world = prepareWorld(library, {
        architecture: scenario.architecture,
        date: scenario.date,
        assumptions: scenario.assumptions,
      });
      const honoured = runCascade(world, scenario.events, { mode: 'honoured' }).entries;
      const prep = prepareScenario(library, scenario, {
        params: parsed.value,
        inputs,
        probability: honouredP,
        affinity: false,
      });
      const a = runTrials(prep.sim, { trials: 50, seed: 3 });
      const entered = prep.states.filter((_, i) => a.enter[i] === 50).sort();
      expect(entered).toEqual(honoured.map((e) => e.state).sort());
      expect(prep.states.filter((_, i) => a.enter[i]! > 0 && a.enter[i]! < 50)).toEqual([]);
      for (const e of honoured) {
        const i = prep.states.indexOf(e.state);
        expect(a.enterAttacker[i], e.state).toBe(e.side === 'attacker' ? 50 : 0);
      }
    });

  it('Japan is no round-0 defender of the Guam strike: its forces abroad were hit, its law holds it back', () => {
    const prep = prepareScenario(library, guam, {
      params: parsed.value,
      inputs,
      probability: honouredP,
      affinity: false,
    });
    expect(prep.targets).toEqual(['USA']);
  });

  it('the United States, whose forces at Kadena are hit by a strike on Okinawa, is at war in every trial, whatever Article V’s p', () => {
    const prep = prepareScenario(library, okinawa, {
      params: parsed.value,
      inputs,
      probability: () => 0,
      affinity: false,
    });
    expect(prep.targets).toEqual(['JPN', 'USA']);
    const a = runTrials(prep.sim, { trials: 50, seed: 3 });
    expect(a.enter[prep.states.indexOf('USA' as never)]).toBe(50);
  });
});
