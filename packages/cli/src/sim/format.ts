/** Number formats for simulation answers: percentages and means with their 95% intervals. */
import type { Estimate } from '@casus/core';

/** "73.1% [72.8–73.4]" */
export const pct = (e: Estimate | undefined): string =>
  e === undefined || Number.isNaN(e.value)
    ? '–'
    : `${(e.value * 100).toFixed(1)}% [${(e.low * 100).toFixed(1)}–${(e.high * 100).toFixed(1)}]`;

/** "2.41 [2.40–2.42]" */
export const num = (e: Estimate | undefined, digits = 2): string =>
  e === undefined || Number.isNaN(e.value)
    ? '–'
    : `${e.value.toFixed(digits)} [${e.low.toFixed(digits)}–${e.high.toFixed(digits)}]`;

/** "+1.2", "−0.3", and "0.0" for what rounds to zero, whatever its sign. */
const signed = (x: number, digits: number) => {
  const magnitude = Math.abs(x).toFixed(digits);
  return Number(magnitude) === 0 ? magnitude : `${x > 0 ? '+' : '−'}${magnitude}`;
};

/** A difference of probabilities in percentage points: "+4.5 pts [+3.8, +5.1]" */
export const pctDiff = (e: Estimate | undefined): string =>
  e === undefined || Number.isNaN(e.value)
    ? '–'
    : `${signed(e.value * 100, 1)} pts [${signed(e.low * 100, 1)}, ${signed(e.high * 100, 1)}]`;

/** A difference of means: "+1.26 [+1.23, +1.28]" */
export const numDiff = (e: Estimate | undefined, digits = 2): string =>
  e === undefined || Number.isNaN(e.value)
    ? '–'
    : `${signed(e.value, digits)} [${signed(e.low, digits)}, ${signed(e.high, digits)}]`;

/** The headings of the measures a comparison's tables share, in their column order. */
export const MEASURE_HEADINGS = [
  'deterrence',
  'P(deterred)',
  'entangled states',
  'P(2nd major power)',
  'P(nuclear both sides)',
] as const;
