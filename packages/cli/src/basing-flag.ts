/** `--base-strikes`, `--basing-range` and `--assume`: the basing and situation assumptions, for every command that runs a cascade. */
import { checkAssumptions, type Library, type Scenario } from '@casus/core';
import { parseChoice } from './args.ts';
import { InputError, UsageError } from './command.ts';
import { parseAssumptions } from './commands/obligations.ts';

export const basingFlags = {
  'base-strikes': { type: 'string' },
  'basing-range': { type: 'string' },
} as const;

export const BASING_USAGE = `  --base-strikes struck|spared
                        whether the other side strikes bases abroad used for combat against
                        it (default struck: a host that consents is attacked, and at war)
  --basing-range KM     how far from the scene a belligerent's bases abroad fight (default
                        1000; docs/engine.md, "Basing entanglement")`;

/** The range flag as kilometres, or nothing when it is absent. */
function rangeOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const km = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(km > 0) || km > 20000)
    throw new UsageError(
      `--basing-range must be a distance in kilometres above 0 and at most 20000, e.g. 1000 (got "${text}")`,
    );
  return km;
}

/**
 * The scenario with the basing flags and any --assume flags (situations, hosts' answers) applied
 * over its own assumptions; an assumption the library cannot honour is an input error.
 * @example withBasingFlags(taiwan, {'base-strikes': 'spared', assume: ['JPN=consents-to-combat-operations']}, lib).assumptions.basing // {strikes: 'spared', consent: {JPN: 'consents'}, …}
 */
export function withBasingFlags(
  s: Scenario,
  values: Record<string, unknown>,
  lib: Library,
): Scenario {
  const strikes = parseChoice('--base-strikes', values['base-strikes'] as string | undefined, [
    'struck',
    'spared',
  ]);
  const rangeKm = rangeOf(values['basing-range'] as string | undefined);
  const assume = (values.assume as string[] | undefined) ?? [];
  if (strikes === undefined && rangeKm === undefined && assume.length === 0) return s;
  const assumed = parseAssumptions(assume, s.assumptions);
  const assumptions = {
    ...assumed,
    basing: {
      ...assumed.basing,
      ...(strikes ? { strikes } : {}),
      ...(rangeKm !== undefined ? { rangeKm } : {}),
    },
  };
  const wrong = checkAssumptions(assumptions, lib).map((i) => ({ ...i, file: '--assume' }));
  if (wrong.length > 0) throw new InputError(wrong);
  return { ...s, assumptions };
}
