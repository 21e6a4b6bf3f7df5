import { describe, expect, it } from 'vitest';
import type { StateId } from '../model/ids.ts';
import { type Candidate, memberSets, paretoFront } from './explore.ts';

const s = (x: string) => x as StateId;
const c = (name: string, deterrence: number, entanglement: number, feasible = true): Candidate => ({
  members: [s(name)],
  deterrence,
  deterred: 0,
  entanglement,
  limited: {},
  feasible,
});

describe('membership explorer', () => {
  it('enumerates the required states plus every subset of the others', () => {
    const sets = memberSets([s('USA'), s('JPN'), s('KOR'), s('AUS')], [s('USA'), s('JPN')]);
    expect(sets).toHaveLength(4);
    expect(sets[3]).toEqual(['USA', 'JPN', 'KOR', 'AUS']);
  });

  it('keeps only the undominated feasible sets', () => {
    const front = paretoFront([
      c('A', 1, 1),
      c('B', 2, 2),
      c('C', 1.5, 2.5),
      c('D', 3, 0.5, false),
      c('E', 0.5, 0.2),
    ]);
    expect(front.map((x) => x.members[0])).toEqual(['E', 'A', 'B']);
  });
});
