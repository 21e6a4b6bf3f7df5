import {
  type Aggregate,
  emptyAggregate,
  type PreparedScenario,
  prepareScenario,
  type ReliabilityParams,
  summarize,
} from '@casus/core';
import { describe, expect, it } from 'vitest';
import { tinyInputs, tinyLibrary, tinyScenario } from '../../core/src/sim/testing/tiny-library.ts';
import { assembleComparison, membersOf } from './comparison.ts';
import { widestInBatteryAnswer } from './stopping-rule.ts';

const library = tinyLibrary([
  ['CCC', 'BBB'],
  ['DDD', 'AAA'],
]);
const battery = [tinyScenario(), { ...tinyScenario(), id: 'tiny-again' }];
const architectures = ['test'];
const prepared: PreparedScenario[] = battery.map((s) =>
  prepareScenario(library, s, {
    architecture: 'test',
    params: {} as ReliabilityParams,
    inputs: tinyInputs,
    probability: () => 0.5,
    affinity: false,
  }),
);
const rule = widestInBatteryAnswer(prepared, battery.length, membersOf(library, architectures));

const N = 10_000;
/** Every state at war in every trial (so the answer lists each), every other count 0: each probability is then narrow. */
const narrow = (p: PreparedScenario): Aggregate => ({
  ...emptyAggregate(p.states.length),
  trials: N,
  enter: new Float64Array(p.states.length).fill(N),
  ratioTrials: N,
});

/** The means an answer reports beside its probabilities (their intervals are not the rule's). */
const isMean = (path: string[]) => {
  const key = path.at(-1)!;
  if (['deterrence', 'belligerents', 'entangledStates', 'mean'].includes(key)) return true;
  return key === 'entangled' && ['rows', 'battery_totals'].includes(path[0]!);
};

/** Every {value, low, high} in the answer that is not a mean, with where it is. */
function probabilities(node: unknown, path: string[] = []): [string, number][] {
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  if (typeof o.value === 'number' && typeof o.low === 'number' && typeof o.high === 'number')
    return isMean(path) || Number.isNaN(o.value) ? [] : [[path.join('/'), o.high - o.low]];
  return Object.entries(o).flatMap(([k, v]) => probabilities(v, [...path, k]));
}

const answerOf = (totals: Aggregate[]) =>
  assembleComparison(
    prepared.map((p, i) => ({
      prepared: p,
      aggregate: totals[i]!,
      summary: summarize(p, totals[i]!),
    })),
    { library, battery, architectures, seed: 1, model: {} },
  );

/** One counter of one scenario's totals set to `count`, every other count 0. */
function* oneCounterSet(count: number) {
  for (let i = 0; i < prepared.length; i++) {
    const base = narrow(prepared[i]!);
    for (const [field, value] of Object.entries(base)) {
      if (field === 'trials') continue;
      const slots = ArrayBuffer.isView(value) ? (value as Float64Array).length : 1;
      for (let slot = 0; slot < slots; slot++) {
        const totals = prepared.map(narrow);
        const t = totals[i] as unknown as Record<string, number | Float64Array>;
        if (ArrayBuffer.isView(value)) {
          const copy = Float64Array.from(value as Float64Array);
          copy[slot] = count;
          t[field] = copy;
        } else t[field] = count;
        yield { where: `${battery[i]!.id} ${field}[${slot}] = ${count}`, totals };
      }
    }
  }
}

describe('the --ci-width stopping rule', () => {
  it('is at least as wide as every probability the comparison reports, counter by counter', () => {
    let checked = 0;
    // Half the trials makes a scenario's own probability wide; all of one scenario's trials and
    // none of the other's makes a battery total wide while each scenario's stays narrow.
    for (const count of [N / 2, N])
      for (const { where, totals } of oneCounterSet(count)) {
        const reported = probabilities(answerOf(totals));
        const [path, widest] = reported.reduce((a, b) => (b[1] > a[1] ? b : a));
        if (widest > 0.005) checked++;
        // The answer rounds to 4 digits.
        expect(rule(totals), `${where}: ${path} is ${widest.toFixed(4)} wide`).toBeGreaterThan(
          widest - 2e-4,
        );
      }
    expect(checked).toBeGreaterThan(10);
  });

  it('is narrow when every probability is', () => {
    expect(rule(prepared.map(narrow))).toBeLessThan(0.001);
  });
});
