/** `casus run SCENARIO --mode probabilistic`: the Monte Carlo answer for one scenario, with the model it used. */
import { existsSync } from 'node:fs';
import {
  decisionLines,
  formatIssue,
  nameOf,
  num,
  parseLibraryFile,
  parseScenario,
  pct,
  type Scenario,
  type ScenarioSummary,
  sourceSummary,
} from '@casus/core';
import { readInputText } from '@casus/data';
import { type SimContext, simulateScenario } from '@casus/runner';
import { EXIT, type Io, UsageError } from '../command.ts';
import { counterstrikeLine } from '../counterstrike-flag.ts';
import { decideOption } from '../decide-flag.ts';
import { withHistory } from '../history.ts';
import { resolveArchitecture } from '../library-files.ts';
import { capabilityFromLine, projectionLine } from '../projection-flag.ts';
import { basingLine } from '../render/header.ts';
import { table } from '../render/table.ts';
import { wrap } from '../render/wrap.ts';
import { withScenarioFlags } from '../scenario-flags.ts';
import { simContextOrExit } from './context.ts';
import { readSimFlags } from './flags.ts';
import { withProgressBar } from './progress.ts';

function readScenario(ref: string, ctx: SimContext): Scenario | string {
  const known = ctx.library.scenarios.get(ref);
  if (known) return known;
  if (!existsSync(ref))
    return `no scenario "${ref}": give a scenario file or the id of one in library/scenarios`;
  const parsed = parseScenario(readInputText(ref), ref, ctx.library);
  return parsed.ok ? parsed.value : parsed.issues.map(formatIssue).join('\n\n');
}

/** With --atop: the context on the library of the scenario's date, with COW capabilities up to 2022 (NMC 6.0 or 7.0). */
async function historicalContext(
  base: SimContext,
  ref: string,
  values: Record<string, unknown>,
): Promise<SimContext> {
  const known = base.library.scenarios.get(ref);
  const draft = known
    ? undefined
    : existsSync(ref)
      ? parseLibraryFile('scenarios', { path: ref, text: readInputText(ref) })
      : undefined;
  const date = known?.date ?? (draft?.ok ? (draft.value[0]![0] as Scenario).date : undefined);
  if (!date) return base; // readScenario reports the problem
  const h = await withHistory(base.library, date, values as Parameters<typeof withHistory>[2]);
  return {
    ...base,
    library: h.library,
    inputs: h.capability?.inputs ?? base.inputs,
    capabilitySource:
      h.capability?.source ??
      (h.capabilityGap
        ? `${base.capabilitySource} (no COW CINC: ${h.capabilityGap})`
        : base.capabilitySource),
    history: h.history,
  };
}

/** Who is nuclear-armed: the challenger, the states it attacked, and the others the cascade can bring in. */
function nuclearLine(s: ScenarioSummary): string {
  const { armed, challengerArmed, targetsArmed, umbrellas } = s.nuclear;
  const others = armed.filter((x) => x !== s.challenger && !targetsArmed.includes(x));
  const covered = umbrellas.map(
    (u) =>
      `${u.covered} under ${u.provider}'s ${u.kind === 'nuclear-sharing' ? 'nuclear sharing' : 'umbrella'} (${u.agreement}${u.since ? `, since ${u.since}` : ''})`,
  );
  return [
    `${nameOf(s.challenger)} ${challengerArmed ? 'is' : 'is not'} nuclear-armed`,
    targetsArmed.length > 0
      ? `attacked and nuclear-armed: ${targetsArmed.join(', ')}`
      : 'no state it attacked is nuclear-armed',
    covered.length > 0
      ? `covered: ${covered.join(', ')}`
      : 'no state it attacked is under an umbrella',
    others.length > 0
      ? `others that may join: ${others.join(', ')}`
      : 'no other nuclear-armed state may join',
  ].join('; ');
}

/** The human answer: states, then the war's measures, then the obligations with their probabilities. */
export function renderSummary(s: ScenarioSummary): string {
  const shown = s.states.filter((o) => o.round0 || o.enter.value >= 0.01);
  const rest = s.states.length - shown.length;
  // With parameter draws, P(at war) is shown with its Monte Carlo and its model interval.
  const drawn = s.states.some((o) => o.enterModel);
  const rows = shown.map((o) => [
    o.state,
    nameOf(o.state),
    pct(o.enter),
    ...(drawn ? [o.enterModel ? pct(o.enterModel).replace(/^.*? /, '') : ''] : []),
    pct(o.attackerSide),
    o.round0 ? 'round 0' : pct(o.entangled),
  ]);
  if (rest > 0)
    rows.push([
      '…',
      `${rest} more states, each below 1% (affinity joins; see --json)`,
      ...(drawn ? [''] : []),
      '',
      '',
      '',
    ]);
  const r = s.ratio;
  return [
    table(
      [
        'state',
        'name',
        drawn ? 'P(at war) [Monte Carlo 95%]' : 'P(at war)',
        ...(drawn ? ['model 95% (with parameters)'] : []),
        'P(on challenger side)',
        'P(entangled)',
      ],
      rows,
    ),
    '',
    `expected belligerents            ${num(s.belligerents)}`,
    `expected entangled states        ${num(s.entangledStates)}`,
    `P(war widens to 2nd major power) ${pct(s.widened)}${s.widenedModel ? `, model ${pct(s.widenedModel).replace(/^.*? /, '')}` : ''}`,
    `P(major powers on both sides)    ${pct(s.majorsOpposed)}`,
    `P(nuclear-armed on both sides)   ${pct(s.nuclear.opposed)}${s.nuclear.opposedModel ? `, model ${pct(s.nuclear.opposedModel).replace(/^.*? /, '')}` : ''}`,
    `  ${nuclearLine(s)}`,
    `deterrence: capability at the place, defending side / ${nameOf(s.challenger)}'s side`,
    `  mean ${num(r.mean)}   median ${r.median}   5–95% ${r.p05}–${r.p95}   P(> 1) ${pct(r.above1)}`,
    wrap(
      `measured from (projection ${s.projection.rule}): ${capabilityFromLine(
        s.projection.from,
        shown.map((o) => o.state),
      )}`,
      98,
      '  ',
    ),
    s.missingCapability.length > 0
      ? `  no capability figures (counted as 0): ${s.missingCapability.join(', ')}`
      : '',
    '',
    'obligations that can bring a state in, with their probability:',
    table(
      ['obligor', 'beneficiary', 'against', 'kind', 'agreement', 'article', 'p', 'source'],
      s.obligations.map((o) => [
        o.obligor,
        o.beneficiary,
        o.adversary,
        o.kind,
        o.agreement,
        o.article,
        o.p.toFixed(3),
        o.source === 'override' ? `override (model ${Number(o.terms?.model).toFixed(3)})` : 'model',
      ]),
    ),
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * Runs the probabilistic mode for `casus run`; `values` are its parsed flags.
 * @example await runProbabilistic('korea-invasion-2025', {trials: '100000', seed: '1'}, io)
 */
export async function runProbabilistic(
  ref: string,
  values: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const flags = readSimFlags(values, 100_000, io.stderr);
  const base = simContextOrExit(io, { reliability: flags.reliability });
  if (!base) return EXIT.badInput;
  if (values.nmc !== undefined && !values.atop)
    throw new UsageError('--nmc chooses the COW CINC of --atop: add --atop');
  const ctx = values.atop ? await historicalContext(base, ref, values) : base;
  const read = readScenario(ref, ctx);
  if (typeof read === 'string') {
    if (!existsSync(ref) && !ctx.library.scenarios.has(ref)) throw new UsageError(read);
    io.stderr(read);
    return EXIT.badInput;
  }
  const scenario = withScenarioFlags(read, values, ctx.library, decideOption(values, ctx.library));
  const architecture = (values.architecture as string | undefined) ?? scenario.architecture;
  resolveArchitecture(ctx.library, architecture);
  const answer = await withProgressBar(io, (onProgress) =>
    simulateScenario(ctx, scenario, architecture, { ...flags, onProgress }),
  );
  const { result: s, model } = answer;
  if (values.json) io.stdout(JSON.stringify(answer, null, 2));
  else
    io.stdout(
      [
        `${scenario.name} — ${architecture}, ${scenario.date}`,
        `${s.trials.toLocaleString('en-US')} trials, seed ${flags.seed}; reliability ${ctx.paramsFile} (sha256 ${ctx.paramsHash}), library ${ctx.libraryHash}`,
        `model: ${model.reliability.form}, ${model.reliability.formula}; ${ctx.params.form === 'logistic' ? `base ${ctx.params.base.duty.value} (Leeds, Long & Mitchell 2000)` : `fitted on ${ctx.params.fit.n} historical cases`}`,
        `parameter sources: ${sourceSummary(model.reliability.sources)}`,
        `capability: ${ctx.capabilitySource}`,
        ...(ctx.history
          ? [
              `history: ${ctx.history.alliances} ${ctx.history.dataset} alliances in force on the date added`,
            ]
          : []),
        counterstrikeLine(scenario.assumptions.counterstrikeInvokes),
        basingLine(scenario.assumptions),
        projectionLine(scenario.assumptions.projection),
        ...decisionLines(s.overrides),
        ...scenario.assumptions.notes.map((n) => `assumes: ${n}`),
        ...Object.entries(scenario.assumptions.situations).map(
          ([st, sit]) => `assumes: ${st} declares a ${sit}`,
        ),
        '',
        renderSummary(s),
      ].join('\n'),
    );
  return EXIT.ok;
}
