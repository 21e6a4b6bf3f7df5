/** COW's regions: where a war was fought (WhereFought), each state's home region, and a point to stand for a region. */

export type Region =
  | 'western-hemisphere'
  | 'europe'
  | 'africa'
  | 'middle-east'
  | 'asia'
  | 'oceania';

/** Every home region, west to east as the COW numbering runs. */
export const HOME_REGIONS: readonly Region[] = [
  'western-hemisphere',
  'europe',
  'africa',
  'middle-east',
  'asia',
  'oceania',
];

/** COW Inter-StateWarData 4.0 codebook, WhereFought. */
const WHERE_FOUGHT: Record<number, readonly Region[]> = {
  1: ['western-hemisphere'],
  2: ['europe'],
  4: ['africa'],
  6: ['middle-east'],
  7: ['asia'],
  9: ['oceania'],
  11: ['europe', 'middle-east'],
  12: ['europe', 'asia'],
  13: ['western-hemisphere', 'asia'],
  14: ['europe', 'africa', 'middle-east'],
  15: ['europe', 'africa', 'middle-east', 'asia'],
  16: ['africa', 'middle-east', 'asia', 'oceania'],
  17: ['asia', 'oceania'],
  18: ['africa', 'middle-east'],
  19: ['europe', 'africa', 'middle-east', 'asia', 'oceania'],
};

/** The regions a COW WhereFought code names; empty for a code the codebook does not list. */
export const regionsFought = (code: number): readonly Region[] => WHERE_FOUGHT[code] ?? [];

/**
 * A state's home region from its COW code, by the blocks of the COW numbering.
 * @example homeRegion(2) // 'western-hemisphere'; homeRegion(640) // 'middle-east' (Turkey)
 */
export function homeRegion(ccode: number): Region {
  if (ccode < 200) return 'western-hemisphere';
  if (ccode < 400) return 'europe';
  if (ccode < 630) return 'africa';
  if (ccode < 700) return 'middle-east';
  if (ccode < 900) return 'asia';
  return 'oceania';
}

/** A point [lon, lat] inside each region, to place forces fighting there when no finer place is known. */
export const REGION_POINT: Record<Region, readonly [number, number]> = {
  'western-hemisphere': [-60, -15],
  europe: [15, 50],
  africa: [20, 5],
  'middle-east': [45, 30],
  asia: [105, 20],
  oceania: [150, -20],
};

/** Each region in words, for reasons. */
export const REGION_NAME: Record<Region, string> = {
  'western-hemisphere': 'the Western Hemisphere',
  europe: 'Europe',
  africa: 'Africa',
  'middle-east': 'the Middle East',
  asia: 'Asia',
  oceania: 'Oceania',
};
