/** An incident as a user gives it (CLI flags, API body): checked, with the nearest SOFA id, offence kind or place suggested for unknown ones. */
import { z } from 'zod';
import { IsoDate } from '../model/ids.ts';
import { fail, type Issue, ok, type Result } from '../model/issues.ts';
import type { Library } from '../model/library.ts';
import { OFFENCE_KINDS } from '../model/offences.ts';
import { placeHint } from '../model/place-suggestions.ts';
import { validate } from '../model/schema-issues.ts';
import { DutyStatus, PersonKind, type Sofa, SofaId, SofaSide, VictimKind } from '../model/sofa.ts';
import { didYouMean, suggest } from '../model/suggest.ts';
import { decideIncident, type IncidentAnswer } from './incident.ts';
import { sofaSides } from './sides.ts';

export const IncidentInput = z
  .object({
    sofa: SofaId,
    date: IsoDate,
    person: PersonKind,
    onDuty: DutyStatus,
    offence: z.string().min(1),
    victim: VictimKind,
    heldBy: SofaSide.default('sending'),
    place: z.string().min(1).optional(),
    /** The State whose force the accused belongs to; needed to name the sides of a reciprocal SOFA. */
    sending: z.string().min(1).optional(),
  })
  .strict();
export type IncidentInput = z.input<typeof IncidentInput>;

const issue = (
  pointer: string,
  code: Issue['code'],
  message: string,
  expected: string,
  hint?: string,
): Issue => ({
  code,
  severity: 'error',
  pointer,
  message,
  expected,
  hint,
});

/**
 * The SOFA and those it is layered on, the SOFA first; an unknown id gets the nearest ids.
 * @example sofaChain(lib, 'germany-sa-1959') // ok([germany, nato])
 */
export function sofaChain(lib: Library, id: string): Result<Sofa[]> {
  const chain: Sofa[] = [];
  let next: string | undefined = id;
  while (next !== undefined && !chain.some((s) => s.id === next)) {
    const sofa = lib.sofas.get(next as SofaId);
    if (!sofa) {
      const known = [...lib.sofas.keys()];
      return fail([
        issue(
          '/sofa',
          'unknown_sofa',
          `SOFA "${next}" is not in the library`,
          `a SOFA id from library/sofas: ${known.join(', ')}`,
          didYouMean(suggest(next, known)),
        ),
      ]);
    }
    chain.push(sofa);
    next = sofa.layerOn;
  }
  return ok(chain);
}

function checkNames(lib: Library, input: z.output<typeof IncidentInput>): Issue[] {
  const issues: Issue[] = [];
  const kinds = OFFENCE_KINDS.map((k) => k.id);
  if (!kinds.includes(input.offence))
    issues.push(
      issue(
        '/offence',
        'invalid_value',
        `offence kind "${input.offence}" is not one Casus maps to the SOFAs' categories`,
        `one of ${kinds.join(', ')}`,
        didYouMean(suggest(input.offence, kinds)),
      ),
    );
  if (input.place !== undefined && !lib.places.has(input.place as never))
    issues.push(
      issue(
        '/place',
        'unknown_place',
        `place "${input.place}" is not in the gazetteer`,
        'a place id from library/places, e.g. "JPN.okinawa"',
        placeHint(lib, input.place),
      ),
    );
  return issues;
}

/**
 * Checks an incident and answers it; every problem comes back as an issue, never as an exception.
 * @example answerIncident(lib, {sofa: 'us-japan-sofa-1960', date: '1995-11-01', person: 'member', onDuty: 'no', offence: 'rape', victim: 'host-national'})
 */
export function answerIncident(
  lib: Library,
  raw: unknown,
  file = '<input>',
): Result<IncidentAnswer> {
  const parsed = validate(IncidentInput, raw, file);
  if (!parsed.ok) return fail(parsed.issues);
  const input = parsed.value;
  const chain = sofaChain(lib, input.sofa);
  const sides = chain.ok ? sofaSides(chain.value[0]!, input.sending) : undefined;
  const issues = [
    ...(chain.ok ? [] : chain.issues),
    ...(sides?.ok === false ? sides.issues : []),
    ...checkNames(lib, input),
  ].map((i) => ({ ...i, file }));
  if (!chain.ok || !sides?.ok || issues.length > 0) return fail(issues);
  const { sofa: _, sending: __, ...facts } = input;
  return ok({ ...decideIncident(chain.value, facts), sides: sides.value });
}
