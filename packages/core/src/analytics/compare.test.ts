import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/library-files.ts';
import { realLibrary } from '../../test/real-library.ts';
import type { StateId } from '../model/ids.ts';
import type { Estimate } from '../sim/intervals.ts';
import { runTrials } from '../sim/monte-carlo.ts';
import { prepareScenario } from '../sim/prepare.ts';
import { parseReliabilityParams } from '../sim/reliability-params.ts';
import { batteryRow } from './compare.ts';
import { presentDayInputs } from './present-day.ts';

const library = realLibrary();
const file = join(repoRoot, 'library', 'models', 'reliability.yaml');
const params = parseReliabilityParams(readFileSync(file, 'utf8'), file);
if (!params.ok) throw new Error('library/models/reliability.yaml does not parse');

/**
 * Korea twice under two ids (the same draws would make the two move together), then Senkaku
 * and Taiwan, unlike Korea (pooling their counts would count the spread between them).
 */
const korea = library.scenarios.get('korea-invasion-2025')!;
const battery = [
  korea,
  { ...korea, id: 'korea-invasion-2025-again' },
  library.scenarios.get('senkaku-landing')!,
  library.scenarios.get('taiwan-invasion')!,
].map((s) => prepareScenario(library, s, { params: params.value, inputs: presentDayInputs() }));

const sd = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
};

describe('battery totals', () => {
  it('have intervals as wide as the spread of independent reruns, no narrower and not much wider', () => {
    const reruns = 200;
    const totals: Record<string, number[]> = {};
    const implied: Record<string, number> = {};
    for (let seed = 1; seed <= reruns; seed++) {
      const row = batteryRow(
        'status-quo',
        battery.map((p) => ({
          states: p.states,
          initialSide: p.sim.cascade.initialSide,
          aggregate: runTrials(p.sim, { trials: 1000, seed }),
        })),
        ['USA' as StateId],
      );
      const reported: Record<string, Estimate> = {
        widened: row.widened,
        deterred: row.deterred,
        entangled: row.entangled,
        deterrence: row.deterrence,
        'USA entangled': row.entanglement.get('USA' as StateId)!,
      };
      for (const [m, e] of Object.entries(reported)) {
        totals[m] = [...(totals[m] ?? []), e.value];
        implied[m] = (implied[m] ?? 0) + (e.high - e.low) / (2 * 1.959964) / reruns;
      }
    }
    // 200 reruns estimate a standard deviation to within about 5% (one standard error).
    for (const [m, values] of Object.entries(totals)) {
      const ratio = implied[m]! / sd(values);
      expect(
        [m, ratio > 0.85 && ratio < 1.2],
        `${m}: implied/observed ${ratio.toFixed(3)}`,
      ).toEqual([m, true]);
    }
  }, 60_000);
});
