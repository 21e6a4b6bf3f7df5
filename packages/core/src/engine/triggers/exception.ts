/** Condition: no suspension of the obligor→beneficiary pair holds on the date (e.g. US–New Zealand under ANZUS). */
import { firstSentence, nameOf } from '../describe.ts';
import type { PrepareCheck } from './check.ts';

/**
 * @example checkException(pair, p)?.reason
 * // 'the duty of the United States to New Zealand is suspended since 1986-09-17: … (source: ...)'
 */
export const checkException: PrepareCheck = (pair) => {
  const suspension =
    pair.exceptions.length === 0 ? undefined : pair.exceptions.find((e) => e.kind === 'suspension');
  if (!suspension) return undefined;
  const since = suspension.from ? ` since ${suspension.from}` : '';
  return {
    test: 'exception',
    pass: false,
    reason: `the duty of ${nameOf(pair.obligor)} to ${nameOf(pair.beneficiary)} is suspended${since}: ${firstSentence(suspension.summary)} (source: ${firstSentence(suspension.source)})`,
  };
};
