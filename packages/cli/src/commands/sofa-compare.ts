/** `casus sofa compare ID...`: a topic × SOFA matrix, each cell with the article that backs it. */
import { COMPARE_TOPICS, compareSofas, IsoDate } from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import { libraryOrExit, parseOption } from '../library-files.ts';
import { comparisonCsv, renderComparison } from '../render/sofa-compare.ts';

const usage = `Usage: casus sofa compare ID... [--topics T,...] [--date YYYY-MM-DD] [--json | --csv]

Compares SOFAs (library/sofas) topic by topic. The jurisdiction and custody rows answer a probe
incident (a member of the force; off duty: an assault on a host national; official duty: a
certified traffic death; custody: an off-duty rape, the accused in the sending State's hands);
the claims rows read the claims rules for an act on and off duty; the other rows list the rules
in force. Every cell names its article and the status of its text; a cell with no rule shows the
gap in the sources ("not found"). The Foreign Ministry's caveat on comparing SOFAs is shown under
the rows it concerns.
  --topics T,...  rows, from ${COMPARE_TOPICS.join(', ')} (default all)
  --date D        the date the SOFAs are read on (default today)
  --json          machine-readable output (docs/schema/sofa-compare.schema.json)
  --csv           one line per cell
Example: casus sofa compare us-japan-sofa-1960 germany-sa-1959 us-rok-sofa-1966 us-philippines-vfa-1998 us-australia-fpa-2014
Exit codes: 0 answered, 1 bad input (an unknown SOFA or topic gets the nearest names), 2 internal error.`;

export const sofaCompareCommand: Command = {
  name: 'sofa compare',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      topics: { type: 'string' },
      date: { type: 'string' },
      csv: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('give one or more SOFA ids');
    if (values.json && values.csv) throw new UsageError('give --json or --csv, not both');
    const date = parseOption(
      IsoDate,
      values.date ?? new Date().toISOString().slice(0, 10),
      '--date',
    );
    const topics = values.topics?.split(',').map((t) => t.trim()) ?? COMPARE_TOPICS;
    const lib = libraryOrExit(io);
    if (!lib) return EXIT.badInput;
    const r = compareSofas(lib, positionals, date, topics);
    if (!r.ok)
      throw new InputError(
        r.issues.map((i) => ({
          ...i,
          file: i.pointer === '/topics' ? '--topics' : 'SOFA id',
          pointer: '',
        })),
      );
    if (values.json) io.stdout(JSON.stringify(r.value, null, 2));
    else if (values.csv) io.stdout(comparisonCsv(r.value));
    else io.stdout(renderComparison(r.value));
    return EXIT.ok;
  },
};
