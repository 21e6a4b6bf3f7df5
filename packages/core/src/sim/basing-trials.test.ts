import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { repoRoot } from '../../test/library-files.ts';
import { realLibrary } from '../../test/real-library.ts';
import { presentDayInputs } from '../analytics/present-day.ts';
import { runCascade } from '../engine/cascade.ts';
import { prepareWorld } from '../engine/world.ts';
import { Basing, Scenario } from '../model/scenario.ts';
import { wilson } from './intervals.ts';
import { runTrials } from './monte-carlo.ts';
import { prepareScenario } from './prepare.ts';
import { parseReliabilityParams, type ReliabilityParams } from './reliability-params.ts';

const library = realLibrary();
const taiwan = [...library.scenarios.values()].find((s) => s.id === 'taiwan-invasion-basing')!;
const file = join(repoRoot, 'library', 'models', 'reliability.yaml');
const parsed = parseReliabilityParams(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error('library/models/reliability.yaml does not parse');
const handSet: ReliabilityParams = parsed.value;
const inputs = presentDayInputs();

const scenarioWith = (basing: z.input<typeof Basing>, architecture = 'status-quo') =>
  Scenario.parse({
    ...taiwan,
    architecture,
    assumptions: { ...taiwan.assumptions, basing: Basing.parse(basing) },
  });

describe('basing in the Monte Carlo, mirroring the cascade', () => {
  it('with p = 1 and every host’s answer assumed, every trial has the honoured cascade’s sides', () => {
    for (const architecture of ['status-quo', 'us-japan-revised'])
      for (const answer of ['consents', 'refuses'] as const) {
        // The Philippines hosts EDCA sites in reach; unassumed, the Monte Carlo would draw its answer.
        const scenario = scenarioWith({ consent: { JPN: answer, PHL: 'refuses' } }, architecture);
        const world = prepareWorld(library, {
          architecture,
          date: scenario.date,
          assumptions: scenario.assumptions,
        });
        const honoured = runCascade(world, scenario.events, { mode: 'honoured' }).entries;
        const prep = prepareScenario(library, scenario, {
          params: handSet,
          inputs,
          probability: () => 1,
          affinity: false,
        });
        const a = runTrials(prep.sim, { trials: 50, seed: 3 });
        const entered = prep.states.filter((_, i) => a.enter[i] === 50).sort();
        expect(entered, `${architecture}, JPN ${answer}`).toEqual(
          honoured.map((e) => e.state).sort(),
        );
        expect(prep.states.filter((_, i) => a.enter[i]! > 0 && a.enter[i]! < 50)).toEqual([]);
      }
  });

  it('with no answer assumed, Japan is at war as often as the model’s consent probability says', () => {
    const params = {
      ...handSet,
      basing: { ...handSet.basing!, consent: { value: 0.3, source: 'test' } },
    };
    // With the Philippines' EDCA sites out (a strike on US forces there would ask Japan's 2015
    // law too), every path of Japan's into this war runs through the strikes on its own bases.
    const prep = prepareScenario(library, scenarioWith({ consent: { PHL: 'refuses' } }), {
      params,
      inputs,
      affinity: false,
    });
    const trials = 20_000;
    const a = runTrials(prep.sim, { trials, seed: 5 });
    const ci = wilson(a.enter[prep.states.indexOf('JPN' as never)]!, trials);
    expect(ci.low).toBeLessThan(0.3);
    expect(ci.high).toBeGreaterThan(0.3);
    const edge = prep.edges.find((e) => e.kind === 'basing' && e.obligor === 'JPN')!;
    expect(edge).toMatchObject({ beneficiary: 'USA', p: 0.3 });
  });
});
