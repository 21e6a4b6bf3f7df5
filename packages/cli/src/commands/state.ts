/** `casus state QUERY`: one state of the COW system by ISO3, COW code, COW abbreviation or name. */
import { lookupState } from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';

const usage = `Usage: casus state QUERY [--json]

Looks a state up in the COW state system (v2016, Taiwan included as COW 713) by its ISO 3166
alpha-3 code, its COW code, its COW abbreviation or its name: "JPN", 740, "ROK", "Japan".
Historical states have Casus codes where ISO has none (e.g. AUH for Austria-Hungary).
  --json   the record as JSON
Exit codes: 0 found, 1 no such state (with the closest matches), 2 internal error.`;

export const stateCommand: Command = {
  name: 'state',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {});
    if (positionals.length === 0) throw new UsageError('give a code or a name');
    const found = lookupState(positionals.join(' '));
    if (!found.ok) throw new InputError(found.issues.map((i) => ({ ...i, file: 'state' })));
    const s = found.value;
    io.stdout(
      values.json
        ? JSON.stringify(s, null, 2)
        : `${s.name}: ISO3 ${s.iso3}, COW code ${s.ccode}, COW abbreviation ${s.cowAbb}`,
    );
    return EXIT.ok;
  },
};
