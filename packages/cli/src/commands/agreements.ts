/** `casus agreements`: the agreements of an architecture, filtered by date and member. */
import {
  type Agreement,
  agreementInForce,
  architectureAgreements,
  IsoDate,
  type Library,
  type StateId,
} from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT } from '../command.ts';
import {
  knownState,
  libraryOrExit,
  parseOption,
  resolveArchitecture,
  warnOutsideLibrary,
} from '../library-files.ts';
import { table } from '../render/table.ts';

const usage = `Usage: casus agreements [--date YYYY-MM-DD] [--member ISO3] [--architecture ID] [--json]

Lists the agreements of an architecture (default: status-quo, every real agreement).
  --date D           only those in force on D (the law on that date)
  --member ISO3      only those the state is a member of, e.g. JPN
  --architecture A   status-quo, asian-nato-exclusive, asian-nato-inclusive, us-japan-revised, ...
  --json             machine-readable output
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

/** The row the command prints (and the object --json gives) for one agreement. */
export function describeAgreement(a: Agreement, date: IsoDate | undefined, added: boolean) {
  const clauseTypes = [...new Set(a.articles.flatMap((art) => art.clauses.map((c) => c.type)))];
  return {
    id: a.id,
    shortName: a.shortName,
    kind: a.kind,
    members: a.members,
    signed: a.signed,
    inForce: a.inForce,
    ended: a.ended,
    atopId: a.atopId,
    clauseTypes,
    inForceOnDate: date ? agreementInForce(a, date, added).pass : undefined,
  };
}

/** The agreements the filters select, described. */
export function listAgreements(
  lib: Library,
  architectureId: string,
  filters: { date?: IsoDate | undefined; member?: StateId | undefined },
) {
  const architecture = resolveArchitecture(lib, architectureId);
  return architectureAgreements(lib, architecture)
    .filter((a) => !filters.member || a.members.includes(filters.member))
    .map((a) => describeAgreement(a, filters.date, architecture.add.includes(a.id)))
    .filter((row) => row.inForceOnDate !== false);
}

export const agreementsCommand: Command = {
  name: 'agreements',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        date: { type: 'string' },
        member: { type: 'string' },
        architecture: { type: 'string', default: 'status-quo' },
      },
      0,
    );
    const date =
      values.date === undefined ? undefined : parseOption(IsoDate, values.date, '--date');
    const member = values.member === undefined ? undefined : knownState(values.member, '--member');
    const lib = libraryOrExit(io);
    if (!lib) return EXIT.badInput;
    if (date) warnOutsideLibrary(io, lib, date);
    const rows = listAgreements(lib, values.architecture, { date, member });
    const header = { architecture: values.architecture, date, member };
    if (values.json) {
      io.stdout(JSON.stringify({ ...header, agreements: rows }, null, 2));
      return EXIT.ok;
    }
    if (rows.length === 0) {
      io.stdout('no agreement matches these filters');
      return EXIT.ok;
    }
    io.stdout(
      `${rows.length} agreement(s) in ${values.architecture}${date ? `, in force on ${date}` : ''}${member ? `, with ${member} a member` : ''}\n`,
    );
    io.stdout(
      table(
        ['id', 'kind', 'in force', 'ended', 'commitments', 'members'],
        rows.map((r) => [
          r.id,
          r.kind,
          r.inForce ?? (r.kind === 'proposal' ? 'proposal' : r.signed ? `signed ${r.signed}` : '-'),
          r.ended ?? '',
          r.clauseTypes.join(', ') || 'none',
          r.members.length > 6
            ? `${r.members.slice(0, 6).join(' ')} +${r.members.length - 6}`
            : r.members.join(' '),
        ]),
      ),
    );
    return EXIT.ok;
  },
};
