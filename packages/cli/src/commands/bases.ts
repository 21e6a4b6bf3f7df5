/** `casus bases`: the foreign military facilities of the library, by host, user, date and architecture. */
import { type BasesOutput, basesOutput, IsoDate, type Library } from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT } from '../command.ts';
import { knownState, libraryOrExit, parseOption, resolveArchitecture } from '../library-files.ts';
import { table } from '../render/table.ts';

const usage = `Usage: casus bases [--host ISO3] [--user ISO3] [--date YYYY-MM-DD] [--architecture ID] [--json]

Lists the military facilities one state grants another (library/bases): host, users, use
(exclusive, joint, rotational, access), the grant, and approximate personnel with its source.
  --host ISO3        only facilities in this state, e.g. JPN
  --user ISO3        only facilities this state uses, e.g. CHN
  --date D           only those that exist on D (opened on or before D, not yet closed)
  --architecture A   the architecture's bases: existing ones plus the proposals it adds, e.g.
                     us-japan-revised (JSDF on Guam); without it, proposals are left out
  --json             machine-readable output (docs/schema/bases.schema.json)
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

interface BasesFlags {
  host?: string | undefined;
  user?: string | undefined;
  date?: string | undefined;
  architecture?: string | undefined;
}

/** The answer to the flags, checked first (an unknown state or a bad date throws an InputError). */
function answer(lib: Library, flags: BasesFlags): BasesOutput {
  const host = flags.host === undefined ? undefined : knownState(flags.host, '--host');
  const user = flags.user === undefined ? undefined : knownState(flags.user, '--user');
  const date = flags.date === undefined ? undefined : parseOption(IsoDate, flags.date, '--date');
  const architecture =
    flags.architecture === undefined ? undefined : resolveArchitecture(lib, flags.architecture);
  return basesOutput(lib, { host, user, date, architecture });
}

const personnelText = (p: BasesOutput['bases'][number]['personnel']) =>
  p ? `~${p.approx.toLocaleString('en-US')} (${p.asOf})` : 'not sourced';

function render(out: BasesOutput): string {
  const q = out.query;
  const where = [
    q.host && `in ${q.host}`,
    q.user && `used by ${q.user}`,
    q.date && `on ${q.date}`,
    q.architecture ? `under ${q.architecture}` : 'existing facilities, no proposals',
  ].filter(Boolean);
  const rows = out.bases.map((b) => [
    b.id,
    b.host,
    b.users.join(' '),
    b.status === 'proposal' ? `${b.use} (proposal)` : b.use,
    b.opened?.date ?? 'not sourced',
    b.grants
      .map((g) => ('agreement' in g ? `${g.agreement} ${g.article}` : g.instrument))
      .join('; ')
      .slice(0, 48),
    personnelText(b.personnel),
  ]);
  return `${out.bases.length} base(s), ${where.join(', ')}\n\n${table(
    ['id', 'host', 'users', 'use', 'opened', 'grant', 'personnel'],
    rows,
  )}\nSources per entry: casus bases --json, or library/bases/*.yaml.`;
}

export const basesCommand: Command = {
  name: 'bases',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        host: { type: 'string' },
        user: { type: 'string' },
        date: { type: 'string' },
        architecture: { type: 'string' },
      },
      0,
    );
    const lib = libraryOrExit(io);
    if (!lib) return EXIT.badInput;
    const out = answer(lib, values);
    if (values.json) io.stdout(JSON.stringify(out, null, 2));
    else if (out.bases.length === 0) io.stdout('no base matches these filters');
    else io.stdout(render(out));
    return EXIT.ok;
  },
};
