import { describe, expect, it } from 'vitest';
import { Architecture } from './architecture.ts';
import { Base, type BaseInput } from './base.ts';
import { existsOn, findBases } from './find-bases.ts';
import { asDate } from './ids.ts';
import { emptyLibrary } from './library.ts';

// A hand-made library: one base that closed, one still open, one proposal.
const fixture: BaseInput[] = [
  {
    id: 'closed-base',
    name: 'A Closed Base',
    host: 'PHL',
    users: ['USA'],
    service: ['US Navy'],
    coordinates: [120.28, 14.8],
    coordinatesSource: 'test',
    use: 'exclusive',
    managedBy: ['USA'],
    opened: { date: '1950-01-01', source: 'test' },
    closed: { date: '1992-11-24', source: 'test' },
    grants: [{ instrument: 'a 1947 agreement', source: 'test' }],
    summary: 'closed',
    sources: ['test'],
  },
  {
    id: 'open-base',
    name: 'An Open Base',
    host: 'JPN',
    users: ['USA'],
    service: ['US Air Force'],
    coordinates: [127.77, 26.35],
    coordinatesSource: 'test',
    use: 'joint',
    managedBy: ['USA'],
    opened: { date: '1945-04-01', source: 'test' },
    grants: [{ agreement: 'us-japan-1960', article: 'Article VI' }],
    summary: 'open',
    sources: ['test'],
  },
  {
    id: 'proposed-base',
    name: 'A Proposed Base',
    host: 'USA',
    users: ['JPN'],
    service: ['JSDF'],
    coordinates: [144.79, 13.44],
    coordinatesSource: 'test',
    status: 'proposal',
    use: 'joint',
    managedBy: ['USA', 'JPN'],
    grants: [{ instrument: 'a proposal', source: 'test' }],
    summary: 'proposed',
    sources: ['test'],
  },
];

function library() {
  const lib = emptyLibrary();
  for (const b of fixture) {
    const base = Base.parse(b);
    lib.bases.set(base.id, base);
  }
  return lib;
}
const ids = (bases: { id: string }[]) => bases.map((b) => b.id);

describe('findBases', () => {
  it('lists a base only on the dates it exists: opened ≤ date < closed', () => {
    expect(ids(findBases(library(), { date: asDate('1992-11-23') }))).toEqual([
      'open-base',
      'closed-base',
    ]);
    expect(ids(findBases(library(), { date: asDate('1992-11-24') }))).toEqual(['open-base']);
    expect(ids(findBases(library(), { date: asDate('1945-03-31') }))).toEqual([]);
  });

  it('filters by host and by user', () => {
    expect(ids(findBases(library(), { host: 'JPN' as never }))).toEqual(['open-base']);
    expect(ids(findBases(library(), { user: 'JPN' as never }))).toEqual([]);
  });

  it('leaves proposals out unless an architecture adds them, and drops what it removes', () => {
    const arch = Architecture.parse({
      id: 'revised',
      name: 'revised',
      description: 'adds the proposal, removes the open base',
      bases: { add: ['proposed-base'], remove: ['open-base'] },
    });
    expect(ids(findBases(library(), { user: 'JPN' as never, architecture: arch }))).toEqual([
      'proposed-base',
    ]);
    expect(ids(findBases(library(), { architecture: arch }))).toEqual([
      'closed-base',
      'proposed-base',
    ]);
  });

  it('counts a base with no sourced opening from any date', () => {
    expect(existsOn({ opened: undefined, closed: undefined }, asDate('1900-01-01'))).toBe(true);
  });
});
