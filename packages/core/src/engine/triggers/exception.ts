/** Condition: no suspension of the obligor→beneficiary pair holds on the date (e.g. US–New Zealand under ANZUS). */
import { firstSentence, nameOf } from '../describe.ts';
import { type Check, once } from './check.ts';

/**
 * @example checkException(pair, ev)?.reason
 * // 'suspended since 1986-09-17: the United States suspended its obligations to New Zealand (source: ...)'
 */
export const checkException: Check = (pair, ev) =>
  once(pair, 'exception', () => suspended(pair, ev));

const suspended: Check = (pair) => {
  const suspension = pair.exceptions.find((e) => e.kind === 'suspension');
  if (!suspension) return undefined;
  const since = suspension.from ? ` since ${suspension.from}` : '';
  return {
    test: 'exception',
    pass: false,
    reason: `the duty of ${nameOf(pair.obligor)} to ${nameOf(pair.beneficiary)} is suspended${since}: ${firstSentence(suspension.summary)} (source: ${firstSentence(suspension.source)})`,
  };
};
