/** Condition: the agreement and the clause hold on the world's date (computed once, in prepareWorld). */
import type { PrepareCheck } from './check.ts';

/** @example checkInForce(pair, p) // {test: 'in-force', pass: true, reason: 'US–Japan Treaty has been in force since 1960-06-23'} */
export const checkInForce: PrepareCheck = (pair) => pair.inForce;
