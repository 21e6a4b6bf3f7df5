/** Condition: the agreement and the clause hold on the world's date (computed once per architecture and stretch of dates, its reason dated on the call). */
import type { PrepareCheck } from './check.ts';

/** @example checkInForce(pair, p) // {test: 'in-force', pass: true, reason: 'US–Japan Treaty has been in force since 1960-06-23'} */
export const checkInForce: PrepareCheck = (pair) => pair.inForce;
