import { describe, expect, it } from 'vitest';
import type { IsoDate, StateId } from '../model/ids.ts';
import { initiatingSide, joinedLate, type WarEntry, warsOf, wasAttacked } from './war-record.ts';

const row = (state: string, side: number, from: string, initiator = false, war = 1): WarEntry => ({
  war,
  warName: 'w',
  ccode: 0,
  state: state as StateId,
  side,
  spells: [{ start: from as IsoDate, end: '1950-01-01' as IsoDate }],
  initiator,
  whereFought: 2,
});

describe('who began a war', () => {
  const rows = [
    row('DEU', 2, '1939-09-01', true),
    row('POL', 1, '1939-09-01'),
    row('ITA', 2, '1940-06-10'),
    row('GBR', 1, '1939-09-03'),
  ];

  it('takes the initiators’ side as the attackers, joiners included', () => {
    expect(initiatingSide(rows)).toBe(2);
    expect(rows.map((r) => wasAttacked(r, rows))).toEqual([false, true, false, true]);
    expect(rows.map((r) => joinedLate(r, rows))).toEqual([false, false, true, true]);
  });

  it('falls back on each row’s flag when initiators stand on both sides', () => {
    const both = [
      row('A', 1, '1900-01-01', true),
      row('B', 2, '1900-01-01', true),
      row('C', 2, '1900-01-01'),
    ];
    expect(initiatingSide(both)).toBeUndefined();
    expect(both.map((r) => wasAttacked(r, both))).toEqual([false, false, true]);
  });

  it('groups rows by war in entry order', () => {
    const wars = warsOf([...rows, row('X', 1, '1800-01-01', false, 2)]);
    expect([...wars.keys()]).toEqual([1, 2]);
    expect(wars.get(1)!.map((r) => r.state)).toEqual(['DEU', 'POL', 'GBR', 'ITA']);
  });
});
