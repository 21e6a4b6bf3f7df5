/** Number formats for simulation answers, as the CLI prints them and the HTML report shows them: percentages and means with their 95% intervals. */
import type { Estimate } from '../sim/intervals.ts';

/** An estimate as an answer carries it: NaN in memory, null once it has been through JSON. */
export type EstimateLike = { value: number | null; low: number | null; high: number | null };

const given = (e: EstimateLike | undefined): e is Estimate =>
  e !== undefined &&
  e !== null &&
  Number.isFinite(e.value) &&
  Number.isFinite(e.low) &&
  Number.isFinite(e.high);

/** "73.1% [72.8–73.4]" */
export const pct = (e: EstimateLike | undefined): string =>
  given(e)
    ? `${(e.value * 100).toFixed(1)}% [${(e.low * 100).toFixed(1)}–${(e.high * 100).toFixed(1)}]`
    : '–';

/** "2.41 [2.40–2.42]" */
export const num = (e: EstimateLike | undefined, digits = 2): string =>
  given(e)
    ? `${e.value.toFixed(digits)} [${e.low.toFixed(digits)}–${e.high.toFixed(digits)}]`
    : '–';

/** "+1.2", "−0.3", and "0.0" for what rounds to zero, whatever its sign. */
const signed = (x: number, digits: number) => {
  const magnitude = Math.abs(x).toFixed(digits);
  return Number(magnitude) === 0 ? magnitude : `${x > 0 ? '+' : '−'}${magnitude}`;
};

/** A difference of probabilities in percentage points: "+4.5 pts [+3.8, +5.1]" */
export const pctDiff = (e: EstimateLike | undefined): string =>
  given(e)
    ? `${signed(e.value * 100, 1)} pts [${signed(e.low * 100, 1)}, ${signed(e.high * 100, 1)}]`
    : '–';

/** A difference of means: "+1.26 [+1.23, +1.28]" */
export const numDiff = (e: EstimateLike | undefined, digits = 2): string =>
  given(e)
    ? `${signed(e.value, digits)} [${signed(e.low, digits)}, ${signed(e.high, digits)}]`
    : '–';

/** The headings of the measures a comparison's tables share, in their column order. */
export const MEASURE_HEADINGS = [
  'deterrence',
  'P(deterred)',
  'entangled states',
  'P(2nd major power)',
  'P(nuclear both sides)',
] as const;
