/** Offence kinds an incident names, mapped to the categories the SOFAs use (which laws punish it, and the 1995 arrangement's "heinous crimes"). */
import { z } from 'zod';

export interface OffenceKind {
  id: string;
  label: string;
  /** Which laws punish it, as Article VII(2)–(3) of the NATO SOFA asks; the user's kind asserts it. */
  punishable: 'both' | 'sending-only' | 'receiving-only';
}

/** The kinds `--offence` takes; rules name them in `when.offences`. */
export const OFFENCE_KINDS: readonly OffenceKind[] = [
  { id: 'murder', label: 'murder or homicide', punishable: 'both' },
  { id: 'rape', label: 'rape or sexual assault', punishable: 'both' },
  { id: 'robbery', label: 'robbery', punishable: 'both' },
  { id: 'arson', label: 'arson', punishable: 'both' },
  { id: 'kidnapping', label: 'kidnapping', punishable: 'both' },
  { id: 'drug-trafficking', label: 'drug trafficking or manufacture', punishable: 'both' },
  { id: 'assault', label: 'assault or bodily injury', punishable: 'both' },
  { id: 'theft', label: 'theft', punishable: 'both' },
  { id: 'property-damage', label: 'damage to property', punishable: 'both' },
  { id: 'traffic-death', label: 'negligent driving causing death', punishable: 'both' },
  { id: 'traffic-injury', label: 'negligent driving causing injury', punishable: 'both' },
  { id: 'drunk-driving', label: 'driving under the influence', punishable: 'both' },
  {
    id: 'aircraft-accident',
    label: 'a military aircraft crash or forced landing off the facilities, with damage or injury',
    punishable: 'both',
  },
  {
    id: 'military-offence',
    label:
      "an offence against the sending State's military law only (desertion, absence without leave)",
    punishable: 'sending-only',
  },
  {
    id: 'receiving-only-offence',
    label: "an act punishable by the receiving State's law but not by the sending State's",
    punishable: 'receiving-only',
  },
];

const ids = OFFENCE_KINDS.map((k) => k.id) as [string, ...string[]];

export const OffenceKindId = z.enum(ids);
export type OffenceKindId = z.infer<typeof OffenceKindId>;

/**
 * The offence kind with this id, or undefined.
 * @example offenceKind('murder')?.punishable // 'both'
 */
export const offenceKind = (id: string): OffenceKind | undefined =>
  OFFENCE_KINDS.find((k) => k.id === id);
