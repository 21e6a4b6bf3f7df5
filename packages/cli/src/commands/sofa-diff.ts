/** `casus sofa diff A B`: what SOFA B (a revision, a proposal) changes against SOFA A, topic by topic. */
import { COMPARE_TOPICS, diffSofas, IsoDate } from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import { libraryOrExit, parseOption } from '../library-files.ts';
import { renderSofaDiff } from '../render/sofa-diff.ts';

const usage = `Usage: casus sofa diff A B [--topics T,...] [--date YYYY-MM-DD] [--json]

Shows what SOFA B changes against SOFA A (library/sofas), topic by topic, on the rows of
casus sofa compare: each topic's answer before (A) and after (B), each with its articles and
the status of their text, marked CHANGED, "same answer, other rules" or same. For a proposal
(kind: proposal, e.g. sofa-revision-german-model) every rule behind a changed answer is shown
with what it assumes, where the idea comes from and the articles of other SOFAs it copies.
  --topics T,...  rows, from ${COMPARE_TOPICS.join(', ')} (default all)
  --date D        the date both are read on (default today; a proposal has no date)
  --json          machine-readable output: date, from, to, rows (topic, change, before, after,
                  assumptions), changed, caveats
Examples:
  casus sofa diff us-japan-sofa-1960 sofa-revision-german-model
  casus sofa diff us-japan-sofa-1960 sofa-revision-custody-at-arrest --topics custody,custody-transfer
Exit codes: 0 answered (whether or not anything changes), 1 bad input (an unknown SOFA or topic
gets the nearest names), 2 internal error.`;

export const sofaDiffCommand: Command = {
  name: 'sofa diff',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      topics: { type: 'string' },
      date: { type: 'string' },
    });
    if (positionals.length !== 2)
      throw new UsageError(`give two SOFA ids, A and B (got ${positionals.length})`);
    const [a, b] = positionals as [string, string];
    const date = parseOption(
      IsoDate,
      values.date ?? new Date().toISOString().slice(0, 10),
      '--date',
    );
    const topics = values.topics?.split(',').map((t) => t.trim()) ?? COMPARE_TOPICS;
    const lib = libraryOrExit(io);
    if (!lib) return EXIT.badInput;
    const r = diffSofas(lib, a, b, date, topics);
    if (!r.ok)
      throw new InputError(
        r.issues.map((i) => ({
          ...i,
          file: i.pointer === '/topics' ? '--topics' : i.pointer === '/from' ? 'SOFA A' : 'SOFA B',
          pointer: '',
        })),
      );
    io.stdout(values.json ? JSON.stringify(r.value, null, 2) : renderSofaDiff(r.value));
    return EXIT.ok;
  },
};
