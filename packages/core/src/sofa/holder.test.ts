import { describe, expect, it } from 'vitest';
import { holderOf, holderOfAll } from './holder.ts';

describe('who a SOFA rule gives the right to', () => {
  it('reads each outcome: the right’s holder, custody, a request shared, host law, access and management', () => {
    expect(holderOf({ right: 'primary', holder: 'receiving' })).toBe('host');
    expect(holderOf({ right: 'exclusive', holder: 'sending' })).toBe('sending');
    expect(holderOf({ custody: 'sending', until: 'charge' })).toBe('sending');
    expect(holderOf({ request: 'x', by: 'receiving', response: 'sympathetic consideration' })).toBe(
      'shared',
    );
    expect(holderOf({ hostLaw: 'does-not-apply', effect: 'x' })).toBe('sending');
    expect(holderOf({ hostLaw: 'partly', effect: 'x' })).toBe('shared');
    expect(holderOf({ access: 'on-notice', effect: 'x' })).toBe('host');
    expect(holderOf({ access: 'none-stated', effect: 'x' })).toBe('sending');
    expect(holderOf({ management: 'sending-exclusive', effect: 'x' })).toBe('sending');
    expect(holderOf({ management: 'joint', effect: 'x' })).toBe('shared');
    expect(holderOf({ management: 'receiving', effect: 'x' })).toBe('host');
  });

  it('reads who decides and who pays: a joint decision or a shared cost is shared, a cost favours the side that does not bear it', () => {
    expect(holderOf({ decides: 'receiving', pays: 'shared', effect: 'x' })).toBe('host');
    expect(holderOf({ decides: 'joint', effect: 'x' })).toBe('shared');
    expect(holderOf({ decides: 'sending', effect: 'x' })).toBe('sending');
    expect(holderOf({ pays: 'sending', effect: 'x' })).toBe('host');
    expect(holderOf({ pays: 'receiving', effect: 'x' })).toBe('sending');
    expect(holderOf({ pays: 'shared', effect: 'x' })).toBe('shared');
  });

  it('reads several outcomes as one holder when they agree, shared when not, not encoded without any', () => {
    expect(holderOfAll([{ right: 'primary', holder: 'receiving' }])).toBe('host');
    expect(
      holderOfAll([
        { right: 'primary', holder: 'receiving' },
        { custody: 'sending', until: 'charge' },
      ]),
    ).toBe('shared');
    expect(holderOfAll([])).toBe('not-encoded');
  });
});
