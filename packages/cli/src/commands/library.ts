/** `casus library`: what the curated library holds and how current it is, counted from its files. */
import { ERAS, type Era, type LibraryCoverage, libraryCoverage } from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT } from '../command.ts';
import { libraryOrExit } from '../library-files.ts';
import { table } from '../render/table.ts';

const usage = `Usage: casus library [--json]

What the curated library (library/) holds, with no data import: states and their places,
agreements by region and era, SOFAs, bases, architectures and scenarios, and the month its
agreements are curated through (the latest date they record). With --atop, the commands that
take it add every ATOP 5.1 alliance (1815-2018) from the research data.
  --json   machine-readable output
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

const ERA_LABEL: Record<Era, string> = {
  'before-1945': 'before 1945',
  '1945-1990': '1945-1990',
  '1991-2017': '1991-2017',
  '2018-': '2018-',
};

function render(c: LibraryCoverage): string {
  const through = c.last
    ? `agreements curated through ${c.curatedThrough} (latest dated record ${c.last.date}: ${c.last.what}); earliest ${c.first?.date} (${c.first?.what})`
    : 'no dated agreement';
  const regions = table(
    ['region', ...ERAS.map((e) => ERA_LABEL[e]), 'total'],
    c.agreements.byRegion.map((r) => [
      r.region,
      ...ERAS.map((e) => String(r.eras[e])),
      String(r.total),
    ]),
  );
  return [
    through,
    '',
    'STATES AND PLACES',
    `  states: ${c.states.known} (the COW state system v2016, and Taiwan); ${c.states.withPlace} with a home place (every member of the system in 2016, and the former states with a dated one)`,
    `  former states without a place: ${c.states.withoutPlace.length} (asked with --atop, at their COW capital): ${c.states.withoutPlace.join(' ')}`,
    `  places: ${c.places.curated} curated (hand-drawn; ${c.places.disputed} disputed, ${c.places.seas} seas) and ${c.places.world} outlines of today's states (library/places/world.yaml)`,
    '',
    `AGREEMENTS: ${c.agreements.real} real, ${c.agreements.proposals} proposals; by the regions of their members (an agreement counts in each) and the year signed`,
    regions,
    '',
    `SOFAS: ${c.sofas.agreements} agreements, ${c.sofas.designs} revision designs · BASES: ${c.bases} · ARCHITECTURES: ${c.architectures} · SCENARIOS: ${c.scenarios}`,
  ].join('\n');
}

export const libraryCommand: Command = {
  name: 'library',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(argv, {}, 0);
    const lib = libraryOrExit(io);
    if (!lib) return EXIT.badInput;
    const out = libraryCoverage(lib);
    io.stdout(values.json ? JSON.stringify(out, null, 2) : render(out));
    return EXIT.ok;
  },
};
