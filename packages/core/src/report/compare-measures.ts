/** The measures of an architecture comparison, in the CLI's column order, with the words the report and the workbench head them with. */
import type { ComparedMeasure } from '../sim/measure-moments.ts';

export interface CompareMeasureText {
  key: ComparedMeasure;
  /** A column heading. */
  label: string;
  /** What it counts, in a sentence fragment. */
  title: string;
  /** A probability (shown in per cent, its differences in points), else a mean. */
  percent: boolean;
}

export const COMPARE_MEASURES: readonly CompareMeasureText[] = [
  {
    key: 'deterrence',
    label: 'Deterrence',
    title: 'mean ratio of the defending side’s capability at the place to the challenger’s',
    percent: false,
  },
  {
    key: 'deterred',
    label: 'P(deterred)',
    title: 'probability that the defending side outweighs the challenger at the place',
    percent: true,
  },
  {
    key: 'entangled',
    label: 'Entangled states',
    title: 'expected number of states at war that were not attacked in the first round',
    percent: false,
  },
  {
    key: 'widened',
    label: 'P(2nd major power)',
    title: 'probability that the war comes to involve a second major power',
    percent: true,
  },
  {
    key: 'nuclearOpposed',
    label: 'P(nuclear-armed both sides)',
    title: 'probability of nuclear-armed states at war on both sides',
    percent: true,
  },
  {
    key: 'belligerents',
    label: 'Belligerents',
    title: 'expected number of states at war',
    percent: false,
  },
];
