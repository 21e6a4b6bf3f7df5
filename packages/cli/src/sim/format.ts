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
