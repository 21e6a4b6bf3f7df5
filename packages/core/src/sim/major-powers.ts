/** COW major powers with their spans, to say when a war widens to a second major power. */
import type { IsoDate, StateId } from '../model/ids.ts';

/**
 * Correlates of War, State System Membership v2016, majors2016.csv (Correlates of War Project
 * 2017), with COW abbreviations mapped to ISO3 (UKG→GBR, FRN→FRA, GMY→DEU). The list ends on
 * 2016-12-31; Casus assumes the 2016 set still holds after it (stated with every answer).
 */
export const COW_MAJOR_POWERS: readonly { state: StateId; from: IsoDate; to: IsoDate }[] = [
  ['USA', '1898-08-13', '2016-12-31'],
  ['GBR', '1816-01-01', '2016-12-31'],
  ['FRA', '1816-01-01', '1940-06-22'],
  ['FRA', '1945-08-15', '2016-12-31'],
  ['DEU', '1816-01-01', '1918-11-11'],
  ['DEU', '1925-01-01', '1945-05-07'],
  ['DEU', '1991-12-11', '2016-12-31'],
  ['AUH', '1816-01-01', '1918-11-03'],
  ['ITA', '1860-01-01', '1943-09-02'],
  ['RUS', '1816-01-01', '1917-12-05'],
  ['RUS', '1922-01-01', '2016-12-31'],
  ['CHN', '1950-01-01', '2016-12-31'],
  ['JPN', '1895-04-01', '1945-08-14'],
  ['JPN', '1991-12-11', '2016-12-31'],
].map(([state, from, to]) => ({
  state: state as StateId,
  from: from as IsoDate,
  to: to as IsoDate,
}));

const LAST_DAY = '2016-12-31';

/**
 * The major powers on a date; after 2016 the 2016 list (USA, GBR, FRA, DEU, RUS, CHN, JPN).
 * @example majorPowersOn('2025-06-01') // ['USA', 'GBR', 'FRA', 'DEU', 'RUS', 'CHN', 'JPN']
 */
export function majorPowersOn(date: string): StateId[] {
  const d = date > LAST_DAY ? LAST_DAY : date;
  return [...new Set(COW_MAJOR_POWERS.filter((m) => m.from <= d && d <= m.to).map((m) => m.state))];
}
