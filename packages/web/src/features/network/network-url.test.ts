import { describe, expect, it } from 'vitest';
import { networkCodec } from './network-url.ts';

const decode = (query: string) => networkCodec.decode(new URLSearchParams(query), {} as never); // the network view reads no workbench

describe('the network view’s link', () => {
  it('keeps the seed and the carry, and reopens the same state', () => {
    const state = { year: 2018, type: 'any', region: 'europe', seed: 7, carry: true };
    const link = networkCodec.encode(state).toString();
    expect(link).toBe('year=2018&type=any&region=europe&seed=7&carryTo=2018');
    expect(decode(link)).toEqual({ value: state, notices: [] });
  });

  it('opens 1950 with seed 1 and no carry from a bare link', () => {
    expect(decode('').value).toEqual({
      year: 1950,
      type: 'defense',
      region: '',
      seed: 1,
      carry: false,
    });
  });

  it('says so, and takes the default, for a seed or a carry it cannot take', () => {
    const bad = decode('year=2017&seed=-3&carryTo=2019');
    expect(bad.value).toMatchObject({ year: 2017, seed: 1, carry: false });
    expect(bad.notices).toEqual([
      expect.stringContaining('Louvain seed "-3" is not a whole number from 0 to 999,999,999'),
      expect.stringContaining('"2019"'),
    ]);
  });
});
