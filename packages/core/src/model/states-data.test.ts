/** Checks the COW states table: one record per ccode, unique ISO codes, and agreement with COW's own list. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COW_STATES } from './states-data.ts';

/** COW's own list, in the research data that CASUS_DATA_MIRROR names (a folder), when set. */
const mirror = process.env.CASUS_DATA_MIRROR;
const sharedStates =
  mirror && !/^https?:/.test(mirror) ? `${mirror}/peacesciencer/cow_states.csv` : '';
const why =
  sharedStates === ''
    ? 'CASUS_DATA_MIRROR is not set to the research data folder'
    : `${sharedStates} is missing`;
const available = sharedStates !== '' && existsSync(sharedStates);

describe('COW_STATES', () => {
  it('holds 217 states, one per ccode', () => {
    expect(COW_STATES).toHaveLength(217);
    expect(new Set(COW_STATES.map((s) => s.ccode)).size).toBe(217);
  });

  it('gives each state a unique three-letter upper-case iso3', () => {
    for (const s of COW_STATES) expect(s.iso3).toMatch(/^[A-Z]{3}$/);
    expect(new Set(COW_STATES.map((s) => s.iso3)).size).toBe(COW_STATES.length);
  });

  it('maps well-known states to their ISO codes', () => {
    const iso = new Map(COW_STATES.map((s) => [s.ccode, s.iso3]));
    const known: [number, string][] = [
      [2, 'USA'],
      [740, 'JPN'],
      [713, 'TWN'],
      [732, 'KOR'],
      [731, 'PRK'],
      [365, 'RUS'],
      [710, 'CHN'],
      [900, 'AUS'],
      [920, 'NZL'],
      [840, 'PHL'],
      [750, 'IND'],
      [265, 'DDR'],
      [315, 'CSK'],
      [345, 'SRB'],
      [817, 'RVN'],
    ];
    for (const [ccode, code] of known) expect(iso.get(ccode), `ccode ${ccode}`).toBe(code);
  });

  it.skipIf(!available)(
    `has exactly the ccodes of cow_states.csv${available ? '' : ` (skipped: ${why})`}`,
    () => {
      const lines = readFileSync(sharedStates, 'utf8').trim().split(/\r?\n/).slice(1);
      const fromCsv = new Set(lines.map((line) => Number(line.split(',')[1])));
      expect([...new Set(COW_STATES.map((s) => s.ccode))].sort((a, b) => a - b)).toEqual(
        [...fromCsv].sort((a, b) => a - b),
      );
    },
  );
});
