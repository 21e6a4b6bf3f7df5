import { describe, expect, it } from 'vitest';
import { nuclearStatesOn } from './nuclear-states.ts';

describe('nuclear-armed states by date', () => {
  it('count each state from its first weapon test, and South Africa only while it held its devices', () => {
    expect(nuclearStatesOn('1945-07-15')).toEqual([]);
    expect(nuclearStatesOn('1945-07-16')).toEqual(['USA']);
    // India from its 1998 weapon tests, not the 1974 explosion it declared peaceful.
    expect(nuclearStatesOn('1990-01-01')).toEqual([
      'USA',
      'RUS',
      'GBR',
      'FRA',
      'CHN',
      'ISR',
      'ZAF',
    ]);
    expect(nuclearStatesOn('1998-05-11')).toContain('IND');
    expect(nuclearStatesOn('1998-05-27')).not.toContain('PAK');
    expect(nuclearStatesOn('2006-10-08')).not.toContain('PRK');
    expect(nuclearStatesOn('2025-03-01')).toEqual([
      'USA',
      'RUS',
      'GBR',
      'FRA',
      'CHN',
      'ISR',
      'IND',
      'PAK',
      'PRK',
    ]);
  });
});
