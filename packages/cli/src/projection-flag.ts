/** `--projection capital|bases`: where capability at the place is measured from, for every command that simulates. */
import type { Assumptions, ProjectionFrom, Scenario } from '@casus/core';
import { parseChoice } from './args.ts';

export const projectionFlags = { projection: { type: 'string' } } as const;

export const PROJECTION_USAGE = `  --projection capital|bases
                        where capability at the place is measured from: capital (default) the
                        capital only, as EUGene; bases the nearest of a state's capital and its
                        bases with forces there on the date (exclusive, joint or rotational use,
                        not access only), an upper bound that moves its whole capability there
                        (docs/simulation.md, "Forward presence")`;

/**
 * The flag as an assumption, or nothing when it is absent (the scenario's own then holds).
 * @example projectionOption({projection: 'capital'}) // {projection: 'capital'}
 */
export function projectionOption(flags: {
  projection?: string | undefined;
}): Partial<Pick<Assumptions, 'projection'>> {
  const rule = parseChoice('--projection', flags.projection, ['capital', 'bases']);
  return rule === undefined ? {} : { projection: rule };
}

/**
 * The rule in words, as every answer prints it.
 * @example projectionLine('bases') // 'projection: bases (capability at the place from …)'
 */
export const projectionLine = (rule: Assumptions['projection']): string =>
  rule === 'capital'
    ? "projection: capital (capability at the place is measured from each state's capital, as EUGene measures it)"
    : "projection: bases (capability at the place is measured from the nearest of each state's capital and its bases with forces there on the date: exclusive, joint or rotational use, not access only)";

/**
 * The scenario with --projection, when given, in place of its own rule.
 * @example withProjectionFlag(senkaku, {projection: 'capital'}).assumptions.projection // 'capital'
 */
export const withProjectionFlag = (s: Scenario, values: Record<string, unknown>): Scenario => {
  const option = projectionOption(values);
  return option.projection ? { ...s, assumptions: { ...s.assumptions, ...option } } : s;
};

/**
 * Where each state's capability at the place was measured from, for the states listed.
 * @example capabilityFromLine(from, ['USA', 'CHN']) // 'USA from Kadena Air Base, 417 km; CHN from its capital, 1,910 km'
 */
export function capabilityFromLine(
  from: readonly ProjectionFrom[],
  states: readonly string[],
): string {
  return states
    .flatMap((s) => from.filter((f) => f.state === s))
    .map((f) => `${f.state} from ${f.name ?? 'its capital'}, ${f.km.toLocaleString('en-US')} km`)
    .join('; ');
}
