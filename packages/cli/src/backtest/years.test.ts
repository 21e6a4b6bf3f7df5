import { describe, expect, it } from 'vitest';
import { InputError } from '../command.ts';
import { parseLateEntry, parseYears } from './years.ts';

describe('the backtest’s numeric flags', () => {
  it('reads a span, one year, or nothing (all of COW)', () => {
    expect(parseYears('1816-1944')).toEqual({ from: 1816, to: 1944 });
    expect(parseYears('1914')).toEqual({ from: 1914, to: 1914 });
    expect(parseYears(undefined)).toEqual({ from: 1816, to: 2007 });
    expect(parseLateEntry('0')).toBe(0);
  });

  it('refuses spans backwards, outside COW, or not spans at all, saying what it expects', () => {
    for (const bad of ['1944-1816', '1800-1900', '1816-2020', '1816..1944', 'all'])
      expect(() => parseYears(bad)).toThrow(InputError);
    try {
      parseYears('1944-1816');
    } catch (e) {
      expect((e as InputError).issues[0]).toMatchObject({
        file: '--years',
        expected: expect.stringContaining('1816-2007'),
      });
    }
    expect(() => parseLateEntry('-3')).toThrow(InputError);
  });
});
