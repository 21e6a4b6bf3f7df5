/** The measure a sensitivity analysis follows: the battery's deterrence, entanglement or escalation, or one state's P(enter). */
import type { StateId } from '../model/ids.ts';
import type { Estimate } from '../sim/intervals.ts';
import type { Measures } from './compare.ts';

export type SensitivityMeasure =
  | { kind: 'deterrence' | 'entanglement' | 'escalation' }
  | { kind: 'p'; state: StateId };

/** A battery total or a paired difference: what a measure is read from. */
type Row = Pick<Measures, 'deterrence' | 'entangled' | 'widened'> & {
  entanglement: ReadonlyMap<StateId, Estimate>;
};

const NO_ESTIMATE: Estimate = { value: Number.NaN, low: Number.NaN, high: Number.NaN };

/**
 * The measure from a battery row: P(enter) of a state is its P(entangled) there, over the
 * scenarios in which it can join and was not attacked in round 0 (as `casus compare` reports it).
 * @example measureOf({kind: 'escalation'}, batteryRow('status-quo', runs)) // its `widened`
 */
export function measureOf(m: SensitivityMeasure, row: Row): Estimate {
  if (m.kind === 'p') return row.entanglement.get(m.state) ?? NO_ESTIMATE;
  return m.kind === 'deterrence'
    ? row.deterrence
    : m.kind === 'entanglement'
      ? row.entangled
      : row.widened;
}

/**
 * Reads `deterrence`, `entanglement`, `escalation` or `p:STATE` (a state id such as `p:USA`).
 * @example parseMeasure('p:USA') // {kind: 'p', state: 'USA'}
 */
export function parseMeasure(text: string): SensitivityMeasure | undefined {
  if (text === 'deterrence' || text === 'entanglement' || text === 'escalation')
    return { kind: text };
  const state = /^p:([A-Z]{3})$/.exec(text)?.[1];
  return state ? { kind: 'p', state: state as StateId } : undefined;
}

/** The measure in words, for titles and tables. */
export function measureTitle(m: SensitivityMeasure): string {
  if (m.kind === 'p')
    return `P(${m.state} enters), over the scenarios in which it can join and is not attacked in round 0`;
  return {
    deterrence:
      'deterrence: mean capability ratio at the place, defending side / challenger side, over the battery',
    entanglement: 'entanglement: expected states at war that were not attacked, over the battery',
    escalation: 'escalation: P(the war draws in a second major power), over the battery',
  }[m.kind];
}
