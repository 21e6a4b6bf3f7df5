/** Which State sent the force and which received it, in an incident under a SOFA: named by its parties, or by the user where the SOFA is reciprocal. */
import type { StateId } from '../model/ids.ts';
import { fail, type Issue, ok, type Result } from '../model/issues.ts';
import type { Sofa } from '../model/sofa.ts';

/** The States behind the rules' "sending" and "receiving"; a side stays unnamed where the SOFA's parties leave it open. */
export interface SofaSides {
  sending?: StateId | undefined;
  receiving?: StateId | undefined;
}

const only = (p: Sofa['parties']['sending']): StateId | undefined =>
  p !== 'members' && p.length === 1 ? p[0] : undefined;

const notAParty = (sofa: Sofa, given: string, may: readonly string[]): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  pointer: '/sending',
  message: `"${given}" is not a State that sends forces under ${sofa.shortName}`,
  expected: may.length ? `one of ${may.join(', ')}` : 'a member State of the agreement',
});

/**
 * The sending and receiving States of an incident. A reciprocal SOFA (parties: one State each)
 * lets either party send, so the one named sends and the other receives; a one-way SOFA accepts
 * only its own sending States. Unnamed, a reciprocal SOFA's sides stay open.
 * @example sofaSides(japanAustraliaRaa, 'JPN') // ok({sending: 'JPN', receiving: 'AUS'})
 */
export function sofaSides(sofa: Sofa, sending?: string): Result<SofaSides> {
  const { parties } = sofa;
  const from = only(parties.sending);
  const to = only(parties.receiving);
  if (sofa.reciprocal) {
    if (sending === undefined) return ok({});
    if (sending === from) return ok({ sending: from, receiving: to });
    if (sending === to) return ok({ sending: to, receiving: from });
    return fail([
      notAParty(
        sofa,
        sending,
        [from, to].filter((s) => s !== undefined),
      ),
    ]);
  }
  if (sending === undefined) return ok({ sending: from, receiving: to });
  const may = parties.sending === 'members' ? [] : parties.sending;
  if (parties.sending !== 'members' && !may.includes(sending as StateId))
    return fail([notAParty(sofa, sending, may)]);
  return ok({ sending: sending as StateId, receiving: to });
}
