/** `casus sofa incident`: who has the right to try an accused member of a visiting force, who holds him before indictment, and what either side may ask. */
import { answerIncident, OFFENCE_KINDS } from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import { libraryOrExit } from '../library-files.ts';
import { renderIncident } from '../render/sofa-incident.ts';

const usage = `Usage: casus sofa incident --sofa ID --date YYYY-MM-DD --person member|civilian|dependent
         --on-duty yes|no|certified --offence KIND --victim host-national|sending-state|third
         [--held-by sending|receiving] [--sending STATE] [--place PLACE] [--json]

Answers an incident under a Status of Forces Agreement (library/sofas), with the SOFAs it is
layered on (germany-sa-1959 on nato-sofa-1951): who has the primary or exclusive right to
exercise jurisdiction, who holds the accused before indictment and until when, what either
side may request (waiver, transfer of custody) and what the other owes the request; each with
its article, the words that carry it and a trace of every condition; then the rules that did
not apply and why, and the gaps in the sources.
  --sofa ID        e.g. us-japan-sofa-1960, nato-sofa-1951, germany-sa-1959, us-rok-sofa-1966
  --date D         the date of the offence (rules count from their version's entry into force)
  --person P       member (of the force), civilian (component) or dependent
  --on-duty D      yes (stated), no, or certified (an official-duty certificate was issued)
  --offence KIND   ${OFFENCE_KINDS.map((k) => k.id).join(', ')}
  --victim V       host-national, sending-state (solely the sending State, its property or its own
                   people) or third
  --held-by S      who holds the accused after arrest (default sending)
  --sending STATE  the State whose force the accused belongs to (ISO alpha-3, e.g. JPN): names
                   the sides of a reciprocal SOFA (japan-australia-raa-2022: JPN or AUS)
  --place PLACE    where it happened, a gazetteer id (recorded; no encoded rule depends on it yet)
  --json           machine-readable output (docs/schema/sofa-incident.schema.json)
Exit codes: 0 answered, 1 bad input (an unknown SOFA or offence gets the nearest names), 2 internal error.`;

const REQUIRED = ['sofa', 'date', 'person', 'on-duty', 'offence', 'victim'] as const;

export const sofaIncidentCommand: Command = {
  name: 'sofa incident',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        sofa: { type: 'string' },
        date: { type: 'string' },
        person: { type: 'string' },
        'on-duty': { type: 'string' },
        offence: { type: 'string' },
        victim: { type: 'string' },
        'held-by': { type: 'string' },
        sending: { type: 'string' },
        place: { type: 'string' },
      },
      0,
    );
    const missing = REQUIRED.filter((f) => values[f] === undefined);
    if (missing.length > 0) throw new UsageError(`give ${missing.map((f) => `--${f}`).join(', ')}`);
    const lib = libraryOrExit(io);
    if (!lib) return EXIT.badInput;
    const input = {
      sofa: values.sofa,
      date: values.date,
      person: values.person,
      onDuty: values['on-duty'],
      offence: values.offence,
      victim: values.victim,
      ...(values['held-by'] === undefined ? {} : { heldBy: values['held-by'] }),
      ...(values.place === undefined ? {} : { place: values.place }),
      ...(values.sending === undefined ? {} : { sending: values.sending }),
    };
    const answer = answerIncident(lib, input, 'casus sofa incident');
    if (!answer.ok) throw new InputError(answer.issues.map(flagged));
    io.stdout(values.json ? JSON.stringify(answer.value, null, 2) : renderIncident(answer.value));
    return EXIT.ok;
  },
};

/** An issue about a field named by the flag that gave it (/onDuty → --on-duty). */
function flagged<I extends { pointer: string; file?: string | undefined }>(issue: I): I {
  const field = issue.pointer.split('/')[1] ?? '';
  const flag = field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return { ...issue, file: field ? `--${flag}` : issue.file, pointer: '' };
}
