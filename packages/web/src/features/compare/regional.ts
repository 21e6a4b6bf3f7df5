/** Which states the coverage heat map shows when limited to the Indo-Pacific. */
import { INDO_PACIFIC } from '../map/projection.ts';
import { CAPITALS } from '../map/state-geo.ts';

/** True when the state's capital lies in the map's frame. */
export function capitalInFrame(state: string, frame = INDO_PACIFIC): boolean {
  const c = CAPITALS[state];
  if (!c) return false;
  const lon = c[0] < frame.west ? c[0] + 360 : c[0];
  return lon >= frame.west && lon <= frame.east && c[1] >= frame.south && c[1] <= frame.north;
}

/**
 * The states of the region, and those owing or owed a duty by one of them.
 * @example regionalStates([{obligor: 'USA', beneficiary: 'JPN'}, {obligor: 'BEL', beneficiary: 'NLD'}]) // Set {'JPN', 'USA'}
 */
export function regionalStates(
  cells: readonly { obligor: string; beneficiary: string }[],
  inFrame = capitalInFrame,
): Set<string> {
  const out = new Set<string>();
  for (const c of cells)
    if (inFrame(c.obligor) || inFrame(c.beneficiary)) {
      out.add(c.obligor);
      out.add(c.beneficiary);
    }
  return out;
}
