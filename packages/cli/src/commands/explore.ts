/** `casus explore`: searches Asian NATO memberships and reports the Pareto front of deterrence against entanglement. */
import {
  type AgreementId,
  batteryRow,
  type Candidate,
  type EntanglementLimit,
  formatIssue,
  isKnownState,
  memberSets,
  paretoFront,
  prepareScenario,
  type StateId,
  withMembers,
} from '@casus/core';
import { modelStamp, simulate, widestInBatteries } from '@casus/runner';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import {
  batteryLine,
  COUNTERSTRIKE_USAGE,
  counterstrikeFlags,
  readingsLine,
  withCounterstrikeFlag,
} from '../counterstrike-flag.ts';
import {
  PROJECTION_USAGE,
  projectionFlags,
  projectionLine,
  withProjectionFlag,
} from '../projection-flag.ts';
import { table } from '../render/table.ts';
import { readBattery, simContextOrExit } from '../sim/context.ts';
import { readSimFlags, simFlags, simUsage } from '../sim/flags.ts';
import { withProgressBar } from '../sim/progress.ts';

const usage = `Usage: casus explore [BATTERY] --candidates USA,JPN,... [--require USA,JPN] [--max-entanglement JPN=0.3,...] [--trials N] [--seed S] [--json]

Builds the exclusive Asian NATO (library/agreements/asian-nato-exclusive.yaml as the template)
with every membership made of the required states plus a subset of the other candidates, runs
the battery (default library/scenarios) for each, and reports the Pareto front: the member sets
no other set beats on both deterrence (mean capability ratio at the place, higher) and
entanglement (expected states at war that were not attacked, lower), among those meeting the
entanglement limits (P(state entangled) over the battery).

Options:
  --candidates L        states to consider (at most 12 beyond the required ones)
  --require L           states every set includes (default USA,JPN)
  --max-entanglement L  limits, e.g. JPN=0.3,KOR=0.4
  --template ID         the proposal to vary (default asian-nato-exclusive)
${simUsage}
${COUNTERSTRIKE_USAGE}
${PROJECTION_USAGE}
  --json                the front and every set as JSON
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

const states = (text: string | undefined, flag: string): StateId[] => {
  const list = (text ?? '')
    .split(',')
    .map((x) => x.trim().toUpperCase())
    .filter(Boolean);
  const bad = list.filter((x) => !isKnownState(x));
  if (bad.length > 0)
    throw new UsageError(`--${flag}: unknown state ${bad.join(', ')} (ISO3 codes, e.g. JPN)`);
  return list as StateId[];
};

function limitsOf(text: string | undefined): EntanglementLimit[] {
  return (text ?? '')
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const [state, max] = item.split('=');
      const value = Number(max);
      if (!state || !isKnownState(state.toUpperCase()) || !(value >= 0 && value <= 1))
        throw new UsageError(
          `--max-entanglement: expected STATE=P with P in [0, 1], e.g. JPN=0.3; got "${item}"`,
        );
      return { state: state.toUpperCase() as StateId, max: value };
    });
}

export const exploreCommand: Command = {
  name: 'explore',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        ...simFlags,
        ...counterstrikeFlags,
        ...projectionFlags,
        candidates: { type: 'string' },
        require: { type: 'string' },
        'max-entanglement': { type: 'string' },
        template: { type: 'string' },
      },
      1,
    );
    const flags = readSimFlags(values, 2000, io.stderr);
    const candidates = states(
      values.candidates ?? 'USA,JPN,KOR,PHL,AUS,NZL,GBR,IND,VNM,IDN',
      'candidates',
    );
    const required = states(values.require ?? 'USA,JPN', 'require');
    const limits = limitsOf(values['max-entanglement']);
    const template = (values.template ?? 'asian-nato-exclusive') as AgreementId;
    const ctx = simContextOrExit(io, { reliability: flags.reliability });
    if (!ctx) return EXIT.badInput;
    if (!ctx.library.agreements.has(template))
      throw new UsageError(`no agreement "${template}" in the library`);
    const battery = readBattery(positionals[0] ?? `${ctx.libraryDir}/scenarios`, ctx.library);
    if (!battery.ok) {
      io.stderr(battery.issues.map(formatIssue).join('\n\n'));
      return EXIT.badInput;
    }
    const scenarios = battery.value.map((s) =>
      withProjectionFlag(withCounterstrikeFlag(s, values), values),
    );
    let sets: StateId[][];
    try {
      sets = memberSets([...new Set([...required, ...candidates])], required);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const architecture = [...ctx.library.architectures.values()].find((a) =>
      a.add.includes(template),
    )?.id;
    if (!architecture) throw new UsageError(`no architecture in the library adds "${template}"`);
    const prepared = sets.map((members) => {
      const lib = withMembers(ctx.library, template, members);
      return scenarios.map((s) =>
        prepareScenario(lib, s, {
          architecture,
          params: ctx.params,
          inputs: ctx.inputs,
          parameterDraws: flags.parameterDraws,
        }),
      );
    });
    const groups = prepared.map((runs, i) =>
      runs.map((p, j) => ({
        index: i * runs.length + j,
        states: p.states,
        initialSide: p.sim.cascade.initialSide,
      })),
    );
    const widest = widestInBatteries(
      groups,
      limits.map((l) => l.state),
    );
    const aggregates = await withProgressBar(io, (onProgress) =>
      simulate(
        prepared.flat().map((p) => p.sim),
        { ...flags, widest, onProgress },
      ),
    );
    const scored: Candidate[] = groups.map((runs, i) => {
      const row = batteryRow(
        architecture,
        runs.map((r) => ({ ...r, aggregate: aggregates[r.index]! })),
        limits.map((l) => l.state),
      );
      const limited = Object.fromEntries(
        limits.map((l) => [l.state, row.entanglement.get(l.state)?.value ?? 0]),
      );
      return {
        members: sets[i]!,
        deterrence: row.deterrence.value,
        deterred: row.deterred.value,
        entanglement: row.entangled.value,
        limited,
        feasible: limits.every((l) => (limited[l.state] ?? 0) < l.max),
      };
    });
    const front = paretoFront(scored);
    if (values.json) {
      io.stdout(
        JSON.stringify(
          {
            command: 'explore',
            template,
            architecture,
            candidates,
            required,
            limits,
            seed: flags.seed,
            trials: flags.trials,
            battery: battery.value.map((s) => s.id),
            assumptions: Object.fromEntries(scenarios.map((s) => [s.id, s.assumptions])),
            model: modelStamp(ctx),
            front,
            all: scored,
          },
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    const f = (x: number) => x.toFixed(3);
    io.stdout(
      [
        `${sets.length} member sets × ${battery.value.length} scenarios, ${flags.trials.toLocaleString('en-US')} trials each, seed ${flags.seed}; ${scored.filter((c) => c.feasible).length} meet the limits`,
        `reliability ${ctx.paramsFile} (sha256 ${ctx.paramsHash}); library ${ctx.libraryHash}; template ${template} under ${architecture}`,
        readingsLine(scenarios),
        batteryLine(scenarios, (a) => projectionLine(a.projection)),
        '',
        'PARETO FRONT (deterrence: mean capability ratio at the place; entanglement: expected states entangled per scenario)',
        table(
          [
            'members',
            'deterrence',
            'P(deterred)',
            'entanglement',
            ...limits.map((l) => `P(${l.state} entangled)`),
          ],
          front.map((c) => [
            c.members.join('+'),
            f(c.deterrence),
            f(c.deterred),
            f(c.entanglement),
            ...limits.map((l) => f(c.limited[l.state] ?? 0)),
          ]),
        ),
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
