/**
 * The compiled Monte Carlo against the engine, on the real library: with every duty and permission
 * honoured (probability 1) one trial gives the honoured cascade, state by state, side by side and
 * round by round; with every probability 0 nobody beyond round 0 enters. Random scenarios are
 * drawn from the library's states, places, dates and architectures; the library's own scenarios
 * run under every architecture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  createTrialState,
  defaultAssumptions,
  type EdgeKind,
  formatIssue,
  type IsoDate,
  parseReliabilityParams,
  parseScenario,
  prepareScenario,
  prepareWorld,
  presentDayInputs,
  type ReliabilityParams,
  runCascade,
  runTrial,
  type Scenario,
} from '../src/index.ts';
import { anyKind, libraryArbitraries } from './arbitraries.ts';
import { yamlFiles } from './library-files.ts';
import { realLibrary } from './real-library.ts';

const lib = realLibrary();
const params = (() => {
  const [file] = yamlFiles('library/models/reliability.yaml');
  const r = parseReliabilityParams(file!.text, file!.path);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
})();
/** The model with every affinity join at 0 too, so "every probability 0" leaves nothing to chance. */
const noAffinity: ReliabilityParams = {
  ...params,
  affinity: Object.fromEntries(
    Object.entries(params.affinity).map(([k, c]) => [k, { ...c, value: 0 }]),
  ) as ReliabilityParams['affinity'],
};
const inputs = presentDayInputs();
const architectures = [...lib.architectures.keys()];
const scenarios: Scenario[] = yamlFiles('library/scenarios').map((f) => {
  const r = parseScenario(f.text, f.path, lib);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
});

/**
 * Probability 1 for what the honoured cascade acts on (a duty, a permission to use force) and 0
 * for the edges only the Monte Carlo gives a chance: a policy, which states an intention with no
 * casus foederis (the Taiwan Relations Act), and a duty a domestic constraint forbids.
 */
const honourAll = (_edge: unknown, kind: EdgeKind) =>
  kind === 'duty' || kind === 'permission' ? 1 : 0;

type Outcome = Record<string, { side: 'attacker' | 'defender'; round: number }>;

/** One trial of the compiled cascade under a probability; draws are exact at 0 and 1. */
function compiled(
  scenario: Scenario,
  architecture: string,
  probability: (edge: unknown, kind: EdgeKind) => number,
  model: ReliabilityParams,
  affinity: boolean,
): Outcome {
  const prep = prepareScenario(lib, scenario, {
    architecture,
    params: model,
    inputs,
    probability,
    affinity,
  });
  const c = prep.sim.cascade;
  const t = createTrialState(c);
  runTrial(c, createRng(1), t);
  const out: Outcome = {};
  c.states.forEach((s, i) => {
    if (t.side[i]! >= 0)
      out[s] = { side: t.side[i] === 0 ? 'attacker' : 'defender', round: t.round[i]! };
  });
  return out;
}

function honoured(scenario: Scenario, architecture: string): Outcome {
  const world = prepareWorld(lib, {
    architecture,
    date: scenario.date,
    assumptions: scenario.assumptions,
  });
  const r = runCascade(world, scenario.events, { mode: 'honoured' });
  return Object.fromEntries(r.entries.map((e) => [e.state, { side: e.side, round: e.round }]));
}

const roundZero = (o: Outcome): Outcome =>
  Object.fromEntries(Object.entries(o).filter(([, e]) => e.round === 0));

function expectAgreement(scenario: Scenario, architecture: string): void {
  const want = honoured(scenario, architecture);
  expect(compiled(scenario, architecture, honourAll, params, false), 'p = 1').toEqual(want);
  expect(
    compiled(scenario, architecture, () => 0, noAffinity, true),
    'p = 0',
  ).toEqual(roundZero(want));
}

/** The scenario read literally: any armed attack on a member invokes its pacts, counter-strikes included. */
const literal = (s: Scenario): Scenario => ({
  ...s,
  assumptions: { ...s.assumptions, counterstrikeInvokes: 'yes' },
});

/** The scenario with Japan's survival-threatening situation declared, which unlocks its permission to defend the US. */
const declared = (s: Scenario): Scenario => ({
  ...s,
  assumptions: {
    ...s.assumptions,
    situations: { ...s.assumptions.situations, JPN: 'survival-threatening-situation' } as never,
  },
});

describe("the library's scenarios, under every architecture, with and without Japan's situation, and read literally", () => {
  it.each(
    scenarios.flatMap((s) =>
      architectures.flatMap((a) => [
        [s.id, a, s],
        [`${s.id} (JPN situation)`, a, declared(s)],
        [`${s.id} (literal reading)`, a, literal(s)],
      ]),
    ) as [string, string, Scenario][],
  )('%s under %s: p = 1 is the honoured cascade, p = 0 leaves round 0 alone', (_, a, s) =>
    expectAgreement(s, a),
  );
});

// Mostly armed attacks, which open wars and so cascades; the other kinds now and then.
const { day, event } = libraryArbitraries(
  lib,
  fc.oneof(
    { weight: 3, arbitrary: fc.constant('armed-attack' as const) },
    { weight: 1, arbitrary: anyKind },
  ),
);
const randomScenario = fc
  .record({
    architecture: fc.constantFrom(...architectures),
    date: day,
    events: fc.array(event, { minLength: 1, maxLength: 3 }),
    japanSituation: fc.boolean(),
    escalation: fc.constantFrom('theatre' as const, 'homelands' as const),
    unstatedConditions: fc.constantFrom('met' as const, 'unmet' as const),
    // The literal reading lets counter-strikes call in the attacker's allies: the deep cascades
    // (round 2 and beyond) that the initiator rule cuts short.
    counterstrikeInvokes: fc.constantFrom('yes' as const, 'no' as const),
  })
  .map(
    (d): Scenario => ({
      id: 'random',
      name: 'Random',
      description: 'A scenario drawn at random from the library.',
      architecture: d.architecture as Scenario['architecture'],
      date: d.date as IsoDate,
      events: d.events,
      assumptions: {
        ...defaultAssumptions(),
        situations: (d.japanSituation ? { JPN: 'survival-threatening-situation' } : {}) as never,
        escalation: d.escalation,
        unstatedConditions: d.unstatedConditions,
        counterstrikeInvokes: d.counterstrikeInvokes,
      },
    }),
  );

describe('random scenarios over the real library', () => {
  it('p = 1 is the honoured cascade, p = 0 leaves round 0 alone', () => {
    fc.assert(
      fc.property(randomScenario, (s) => expectAgreement(s, s.architecture)),
      // Seeded, so a run is reproducible: this seed found the constrained-then-free decision
      // (Japan held back by its law in round 1, free to act in round 3) that now counts apart.
      { numRuns: 200, seed: 326209642 },
    );
  });
});
