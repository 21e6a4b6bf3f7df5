/** A comparison answer as the HTML report reads it: what `casus compare --json` prints and a workbench compare job returns, in memory or back from JSON. */
import type { UsedReliability } from '../analytics/calibration-chart.ts';
import type { CoverageCell } from '../analytics/coverage.ts';
import type { ArchitectureId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { ComparedMeasure } from '../sim/measure-moments.ts';
import type { ParameterSource } from '../sim/parameter-sources.ts';
import type { AppliedOverride } from '../sim/prepare.ts';
import type { EstimateLike } from './estimate-text.ts';

export type MeasureSet = Record<ComparedMeasure, EstimateLike>;
type PerMember = Record<string, EstimateLike | undefined>;

export interface CompareAnswer {
  battery: readonly string[];
  architectures: readonly string[];
  seed: number;
  trials?: number | undefined;
  model: {
    reliability: UsedReliability & { formula: string; sources: readonly ParameterSource[] };
    library: { sha256: string };
    capability?: string | undefined;
    majorPowers?: string | undefined;
  };
  /** Each scenario's assumptions (counter-strikes, basing, projection, …), by scenario id. */
  assumptions?: Record<string, unknown> | undefined;
  rows: readonly (MeasureSet & {
    scenario: string;
    architecture: string;
    model?: MeasureSet | undefined;
  })[];
  battery_totals: readonly (MeasureSet & {
    architecture: string;
    entanglement: PerMember;
    model?: (MeasureSet & { entanglement?: PerMember | undefined }) | undefined;
  })[];
  /** Each architecture against the baseline, paired trial by trial; absent with one architecture. */
  differences?:
    | {
        baseline: string;
        rows: readonly (MeasureSet & {
          scenario: string;
          architecture: string;
          model?: MeasureSet | undefined;
        })[];
        battery: readonly (MeasureSet & {
          architecture: string;
          entanglement?: PerMember | undefined;
          model?: (MeasureSet & { entanglement?: PerMember | undefined }) | undefined;
        })[];
      }
    | undefined;
  coverage: readonly CoverageCell[];
  /** Each run's decision overrides, listed with the answer. */
  scenarios?: readonly { overrides: readonly AppliedOverride[] }[] | undefined;
}

/** The names a reader sees in place of ids; states are named from core's table of states. */
export interface ReportNames {
  architecture(id: string): string;
  scenario(id: string): string;
}

/**
 * The states P(entangled) is reported for: every member any architecture's totals name, sorted.
 * @example reportMembers(answer) // ['AUS', 'CHN', …]
 */
export const reportMembers = (answer: Pick<CompareAnswer, 'battery_totals'>): string[] =>
  [...new Set(answer.battery_totals.flatMap((t) => Object.keys(t.entanglement)))].sort();

/**
 * The library's names for its architectures and scenarios, the id where it has none.
 * @example reportNames(library).architecture('status-quo') // 'Status quo'
 */
export const reportNames = (
  library: Pick<Library, 'architectures' | 'scenarios'>,
): ReportNames => ({
  architecture: (id) => library.architectures.get(id as ArchitectureId)?.name ?? id,
  scenario: (id) => library.scenarios.get(id)?.name ?? id,
});
