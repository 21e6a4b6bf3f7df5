/** `casus similarity`: how alike two states' alliance portfolios are in a year (DESIGN question 6). */
import {
  type Distance,
  lookupState,
  MEASURE_WORDS,
  REFERENCE_WORDS,
  type ReferenceSystem,
  SIMILARITY_MEASURES,
  type SimilarityMeasure,
  similarityOf,
  stateByCcode,
} from '@casus/core';
import { parseChoice, parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import {
  renderSimilarity,
  type SimilarityAnswer,
  type SimilarityPair,
} from '../similarity/answer.ts';
import { PORTFOLIO_WORDS, readSimilarityInputs } from '../similarity/store-inputs.ts';

const usage = `Usage: casus similarity --year Y [--states A,B,...] [--measure s|s-weighted|kappa|pi|taub] [--distance absolute|squared] [--reference global|regional] [--db FILE] [--json]

How alike the alliance portfolios of states are in a year: each state's ATOP commitment, 0–3,
to every state of the reference system, compared pair by pair.
  --year Y          the year (the COW state system within ATOP 5.1: 1816-2016)
  --states LIST     the states, comma-separated (ISO3, COW code or name); every pair of them
                    is measured. Default: every pair of the year's system members
  --measure M       s (default): Signorino & Ritter's S (1999), 1 − 2·Σ δ(x_k, y_k)/N
                    s-weighted: S with each state k weighted by its CINC share (COW NMC)
                    kappa: Cohen's κ, chance-corrected from each portfolio's own spread (Häge 2011)
                    pi: Scott's π, chance-corrected from the pooled spread (Häge 2011)
                    taub: Kendall's τb (Bueno de Mesquita 1975); ignores --distance
  --distance D      absolute (default): δ = |x − y|/3; squared: δ = ((x − y)/3)², Häge's FPSIM
  --reference R     global (default): every system member; regional: the members of the two
                    states' COW regions
  --db FILE         the research-data store (default: the one casus data import writes)
  --json            the answer as JSON
Values lie in [−1, 1]; 1 is identical portfolios. Exit codes: 0 answered, 1 bad input, 2 internal error.`;

const bad = (flag: string, message: string, expected: string) =>
  new InputError([
    { code: 'invalid_value', severity: 'error', file: flag, pointer: '', message, expected },
  ]);

const ASSUMPTIONS = {
  directed:
    'a portfolio holds the obligations a state took on (ATOP stateA → stateB): a pledge made to it but not by it (a one-sided guarantee) is 0 in its portfolio',
  self: "both states' commitments to themselves (3) are dimensions of the reference system, as in fpsim's ATOP portfolios",
  chance:
    "κ and π are 0 when chance disagreement is 0 (both portfolios one position throughout), as Häge's do-file sets them",
  cinc: 'a member without a CINC in the release weighs 0',
  squared:
    'weighted squared-distance S weights the squared distances as the absolute ones (fpsim’s srs() ignores weights there)',
} as const;

function assumptionsFor(measure: SimilarityMeasure, distance: Distance): string[] {
  const out: string[] = [ASSUMPTIONS.directed, ASSUMPTIONS.self];
  if (measure === 'kappa' || measure === 'pi') out.push(ASSUMPTIONS.chance);
  if (measure === 's-weighted') {
    out.push(ASSUMPTIONS.cinc);
    if (distance === 'squared') out.push(ASSUMPTIONS.squared);
  }
  return out;
}

function parseYear(text: string | undefined): number {
  if (text === undefined) throw new UsageError('--year is needed: the year of the portfolios');
  if (!/^\d{4}$/.test(text.trim()))
    throw bad('--year', `"${text}" is not a year`, 'a four-digit year, e.g. 1960');
  return Number(text);
}

/** The --states entries as ccodes, each once, at least two. */
function parseStates(text: string): number[] {
  const ccodes = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => {
      const found = lookupState(name);
      if (!found.ok) throw new InputError(found.issues.map((i) => ({ ...i, file: '--states' })));
      return found.value.ccode;
    });
  const twice = ccodes.find((c, i) => ccodes.indexOf(c) !== i);
  if (twice !== undefined)
    throw bad('--states', `${stateLabel(twice)} is given twice`, 'each state once');
  if (ccodes.length < 2)
    throw bad('--states', 'one state has no pair to compare', 'two states or more, e.g. USA,GBR');
  return ccodes;
}

const stateLabel = (ccode: number): string => stateByCcode(ccode)?.iso3 ?? String(ccode);

export const similarityCommand: Command = {
  name: 'similarity',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        year: { type: 'string' },
        states: { type: 'string' },
        measure: { type: 'string' },
        distance: { type: 'string' },
        reference: { type: 'string' },
        db: { type: 'string' },
      },
      0,
    );
    const year = parseYear(values.year);
    const measure = parseChoice('--measure', values.measure, SIMILARITY_MEASURES) ?? 's';
    const distance =
      parseChoice<Distance>('--distance', values.distance, ['absolute', 'squared']) ?? 'absolute';
    const reference =
      parseChoice<ReferenceSystem>('--reference', values.reference, ['global', 'regional']) ??
      'global';
    const wanted = values.states === undefined ? undefined : parseStates(values.states);
    const inputs = await readSimilarityInputs(values.db, year, measure === 's-weighted');
    const { members } = inputs.portfolios;
    const absent = wanted?.filter((c) => !members.includes(c)) ?? [];
    if (absent.length > 0)
      throw bad(
        '--states',
        `${absent.map(stateLabel).join(', ')} ${absent.length === 1 ? 'was not a COW system member' : 'were not COW system members'} in ${year}`,
        `states in the COW state system in ${year}`,
      );
    const index = (wanted ?? members).map((c) => members.indexOf(c));
    const options = {
      measure,
      distance,
      reference,
      ...(inputs.weights ? { weights: inputs.weights } : {}),
    };
    const pairs: SimilarityPair[] = [];
    for (let s = 0; s < index.length; s++)
      for (let t = s + 1; t < index.length; t++) {
        const [i, j] = [index[s]!, index[t]!];
        const m = similarityOf(inputs.portfolios, i, j, options);
        pairs.push({
          state1: stateLabel(members[i]!),
          ccode1: members[i]!,
          state2: stateLabel(members[j]!),
          ccode2: members[j]!,
          value: m.value ?? null,
          ...(m.value === undefined ? { reason: m.reason } : {}),
        });
      }
    const answer: SimilarityAnswer = {
      command: ['casus similarity', ...argv].join(' '),
      year,
      measure,
      measureWords: MEASURE_WORDS[measure],
      distance: measure === 'taub' ? 'no' : distance,
      reference: REFERENCE_WORDS[reference],
      portfolios: PORTFOLIO_WORDS,
      ...(inputs.nmc
        ? { weights: `CINC from COW NMC ${inputs.nmc.release} of ${year} (${inputs.nmc.why})` }
        : {}),
      data: inputs.data.map(({ dataset, version, file, sha256, pinned }) => ({
        dataset,
        version,
        file,
        sha256,
        pinned,
      })),
      assumptions: assumptionsFor(measure, distance),
      pairs,
    };
    io.stdout(values.json ? JSON.stringify(answer, null, 2) : renderSimilarity(answer));
    return EXIT.ok;
  },
};
