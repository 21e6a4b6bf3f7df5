/** `casus backtest`: the engine against history, every COW inter-state war and every ATOP pledge it put to the test. */
import { createHash } from 'node:crypto';
import {
  type BacktestHeader,
  type BacktestOutput,
  backtestCsv,
  formatFittedReliability,
  LATE_ENTRY_DAYS,
  readingRow,
  runBacktest,
} from '@casus/core';
import { writeOutputText } from '@casus/data';
import { parseFlags } from '../args.ts';
import { fittedRun } from '../backtest/fitted-run.ts';
import { readHistoryStore } from '../backtest/history-store.ts';
import { renderBacktest } from '../backtest/render.ts';
import { parseLateEntry, parseYears } from '../backtest/years.ts';
import { type Command, EXIT } from '../command.ts';
import {
  COUNTERSTRIKE_USAGE,
  counterstrikeFlags,
  counterstrikeOption,
} from '../counterstrike-flag.ts';
import { unstatedOption } from '../history.ts';
import { assertWritable } from '../output-file.ts';
import { handSetContextOrExit } from '../sim/context.ts';
import { progressBar } from '../sim/progress.ts';

const usage = `Usage: casus backtest [--years 1816-2007] [--json] [--out cases.csv] [options]

For every COW inter-state war (Inter-State War Data 4.0) and every ATOP 5.1 alliance in force
for a participant on the day it entered, decides for each other member whether its pledge was
invoked (the engine, on the curated library with every ATOP alliance added, curated agreements
winning) and, from COW's record, whether it was honoured; then prints fulfilment rates with
Wilson 95% intervals beside the published figures. Coding rules: docs/backtest.md.
  --years FROM-TO        the years participants entered (default 1816-2007)
  --out FILE             every case as CSV (war,warName,atopid,obligor,beneficiary,date,
                         obligation,invoked,honoured,p,reason)
  --json                 {header, summary, cases} (docs/schema/backtest.schema.json)
  --db FILE              the research-data store (default $CASUS_DB or ~/.local/share/casus);
                         it needs atop and cow-wars (cow-nmc and cow-capitals sharpen p)
  --unstated met|unmet   whether conditions ATOP records without stating them (a location, the
                         number of adversaries, an unnamed adversary) count as met (default met)
${COUNTERSTRIKE_USAGE}
                        (the cases are coded under it; the summary gives both readings)
  --late-entry DAYS      how many days after its partner an ally may enter and still honour a
                         defence or offence pledge (default ${LATE_ENTRY_DAYS})
  --reliability FILE     the hand-set model that gives p (default library/models/reliability.yaml)
  --fitted               p from the model fitted to these cases (casus fit), each case's
                         probability from a fit that left its war out
Exit codes: 0 answered, 1 bad input (or no store), 2 internal error.`;

const rules = (lateDays: number) => [
  'a pledge is owed to a war participant by every other member of an ATOP alliance both belonged to on the day the participant entered the war',
  'an attack on a participant whose side began the war (COW initiator) is a counter-strike: by the initiator rule (the default) it does not call on a defence pledge, read literally (--counterstrike-invokes yes) it does; offence is called on only for a participant whose side began it or who joined after the first day',
  'an attack lands on the participant’s home when COW’s WhereFought includes its home region, else on its forces in the region where it fought',
  `defence and offence are honoured when the ally fought on the partner’s side, entering no more than ${lateDays} days after the partner and before it left the war; neutrality when it did not fight against the partner while the partner fought; non-aggression when it did not attack the partner`,
  'a non-aggression pledge is tested only when its obligor fought in the war; a neutrality pledge coded neucoatt only when the partner was attacked',
  'consultation is invoked or not, but never tested (honoured null); an alliance that ends during the war is judged as it stood when invoked',
];

export const backtestCommand: Command = {
  name: 'backtest',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        years: { type: 'string' },
        out: { type: 'string' },
        db: { type: 'string' },
        unstated: { type: 'string' },
        reliability: { type: 'string' },
        'late-entry': { type: 'string' },
        fitted: { type: 'boolean' },
        ...counterstrikeFlags,
      },
      0,
    );
    const years = parseYears(values.years);
    const lateEntryDays = parseLateEntry(values['late-entry']);
    const unstated = unstatedOption(values).unstatedConditions ?? 'met';
    const reading = counterstrikeOption(values).counterstrikeInvokes ?? 'no';
    if (values.out) assertWritable(values.out, '--out');
    const ctx = handSetContextOrExit(io, values.reliability);
    if (!ctx) return EXIT.badInput;
    const { data, extra } = await readHistoryStore(values.db, ctx.library, values.fitted === true);
    const bar = progressBar(io, 'wars', 1);
    const result = (() => {
      try {
        return runBacktest(data.input, {
          years,
          unstatedConditions: unstated,
          counterstrikeInvokes: reading,
          lateEntryDays,
          params: ctx.params,
          onProgress: (done, total) => bar.update(done, total),
        });
      } finally {
        bar.stop();
      }
    })();
    // The rule is tested by its rival: the same backtest read the other way (no p needed for counts).
    const other = reading === 'no' ? 'yes' : 'no';
    const rival = runBacktest(data.input, {
      years,
      unstatedConditions: unstated,
      counterstrikeInvokes: other,
      lateEntryDays,
    });
    const readings = [
      readingRow(reading, result.summary, result.cases),
      readingRow(other, rival.summary, rival.cases),
    ].sort((a, b) =>
      a.counterstrikeInvokes === 'no' ? -1 : b.counterstrikeInvokes === 'no' ? 1 : 0,
    );
    const command = ['casus backtest', ...argv].join(' ');
    const fitted = extra && fittedRun(result.cases, data, extra, { command, ridge: 0 });
    const cases = fitted ? fitted.cases : result.cases;
    const header: BacktestHeader = {
      command,
      years,
      data: data.manifest.map(({ dataset, version, file, sha256, pinned }) => ({
        dataset,
        version,
        file,
        sha256,
        pinned,
      })),
      libraryVersion: ctx.libraryHash,
      model: fitted
        ? {
            name: 'reliability model fitted to these cases (casus fit), leave one war out',
            file: '(fitted in this run; casus fit --out writes it)',
            sha256: createHash('sha256').update(formatFittedReliability(fitted.file)).digest('hex'),
            note: `p is each case’s probability from the fit on every other war (${fitted.design.data.names.join(', ')}); null for an untested case or one without capitals or CINC scores`,
          }
        : {
            name: 'hand-set reliability model (not fitted to this history)',
            file: ctx.paramsFile,
            sha256: ctx.paramsHash,
            note: 'p is the hand-set model’s probability with the duty base rate for every obligation type; it was not fitted to these cases (so it is out of sample by construction); --fitted gives the fitted model’s',
          },
      unstatedConditions: unstated,
      counterstrikeInvokes: reading,
      rules: rules(lateEntryDays),
      wars: result.wars,
    };
    const output: BacktestOutput = { header, summary: { ...result.summary, readings }, cases };
    if (values.out) await writeOutputText(values.out, backtestCsv(cases));
    for (const w of data.warnings) io.stderr(`warning: ${w}`);
    io.stdout(values.json ? JSON.stringify(output, null, 2) : renderBacktest(output));
    return EXIT.ok;
  },
};
