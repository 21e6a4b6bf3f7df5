import { describe, expect, it } from 'vitest';
import { baselineOf } from './comparison.ts';
import { repositorySimContext } from './testing.ts';

describe('the baseline of a comparison', () => {
  const { library } = repositorySimContext();

  it('is the status quo, not an architecture that changes only bases (a JSDF base on Guam)', () => {
    expect(baselineOf(library, ['us-japan-sdf-in-us', 'status-quo'])).toBe('status-quo');
    expect(baselineOf(library, ['asian-nato-exclusive', 'status-quo'])).toBe('status-quo');
  });

  it('is the first listed when none changes nothing', () => {
    expect(baselineOf(library, ['asian-nato-exclusive', 'us-japan-sdf-in-us'])).toBe(
      'asian-nato-exclusive',
    );
  });
});
