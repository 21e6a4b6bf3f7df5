import { describe, expect, it } from 'vitest';
import { lookupState, stateName } from './states.ts';

describe('lookupState', () => {
  it.each([
    ['JPN', 740],
    ['740', 740],
    [740, 740],
    ['ROK', 732],
    ['Japan', 740],
    ['taiwan', 713],
    ['AUH', 300],
  ])('finds %s', (query, ccode) => {
    const r = lookupState(query);
    expect(r.ok && r.value.ccode).toBe(ccode);
  });

  it('names the closest matches for an unknown state', () => {
    const r = lookupState('Phillipines');
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'unknown_state',
      hint: 'did you mean "Philippines"?',
    });
  });

  it('gives display names, falling back to the id', () => {
    expect(stateName('KOR')).toBe('South Korea');
    expect(stateName('XYZ')).toBe('XYZ');
  });
});
