/**
 * The landscape `casus landscape` searches, from its actors and inputs: each --states entry
 * matched to a COW state (when the store is read) or to a file's label, unknown names answered
 * with the nearest ones, and the assumptions the building made, in words.
 */
import { didYouMean, type Landscape, lookupState, suggest } from '@casus/core';
import { flagIssue, InputError } from '../command.ts';
import type { PropensityRow, SizeRow } from './file-inputs.ts';
import { pairKey } from './store-inputs.ts';

/** The most actors an exact search takes: 2^39 bipartitions, hours at the measured rate. */
export const MAX_ACTORS = 40;

export interface Actor {
  /** How the output names it: the ISO3 code for a COW state, else the file's label. */
  label: string;
  /** The COW code, when actors are states. */
  ccode?: number;
}

/** The COW state a name from `flag` means, or bad input with the closest names. */
function stateOf(flag: string, text: string): Actor {
  const found = lookupState(text);
  if (!found.ok) throw new InputError(found.issues.map((i) => ({ ...i, file: flag })));
  return { label: found.value.iso3, ccode: found.value.ccode };
}

function noDuplicates(actors: readonly Actor[]) {
  const seen = new Set<string>();
  for (const a of actors) {
    if (seen.has(a.label))
      throw new InputError([flagIssue('--states', `${a.label} is given twice`, 'each actor once')]);
    seen.add(a.label);
  }
}

/**
 * The actors: --states entries as COW states when the store is read (`states`), else as labels
 * of the files, which must hold them; with no --states, the --size file's actors in its order.
 * @example resolveActors(['USA', 'RUS'], true, []) // [{label: 'USA', ccode: 2}, {label: 'RUS', ccode: 365}]
 */
export function resolveActors(
  wanted: readonly string[] | undefined,
  states: boolean,
  fileLabels: readonly string[],
  sizeFileOrder: readonly string[] | undefined,
): Actor[] {
  const names = wanted ?? sizeFileOrder;
  if (!names)
    throw new InputError([
      flagIssue('--states', 'no actors given', 'a comma-separated list, e.g. --states USA,RUS,CHN'),
    ]);
  const known = new Set(fileLabels);
  const actors = names.map((name): Actor => {
    if (states) return stateOf('--states', name);
    if (known.has(name)) return { label: name };
    throw new InputError([
      flagIssue(
        '--states',
        `no actor "${name}" in the input files`,
        'a label the --size and --propensity files use',
        didYouMean(suggest(name, known)),
      ),
    ]);
  });
  noDuplicates(actors);
  if (actors.length < 2 || actors.length > MAX_ACTORS)
    throw new InputError([
      flagIssue(
        '--states',
        `${actors.length} actors given`,
        `2 to ${MAX_ACTORS} actors (an exact search visits 2^(n−1) bipartitions)`,
      ),
    ]);
  return actors;
}

/** The key an input row's label matches an actor by: its COW code, or the label itself. */
function keyOf(states: boolean, flag: string) {
  return (label: string): string => (states ? String(stateOf(flag, label).ccode) : label);
}
const actorKey = (a: Actor): string => (a.ccode === undefined ? a.label : String(a.ccode));

export interface Built {
  landscape: Landscape;
  assumptions: string[];
}

/**
 * The sizes and the symmetric propensity matrix of the actors, from files or the store's maps.
 * @example buildLandscape(actors, { rows: sizes }, { rows: propensities }, false).landscape.sizes
 */
export function buildLandscape(
  actors: readonly Actor[],
  size: { rows?: readonly SizeRow[]; cinc?: ReadonlyMap<number, number>; year?: number },
  propensity: {
    rows?: readonly PropensityRow[];
    /** p by pair of ccodes (pairKey), with `absent` for a pair the map lacks (default 0). */
    pairs?: ReadonlyMap<string, number>;
    absent?: number;
  },
  states: boolean,
): Built {
  const assumptions: string[] = [];
  const sizes = (() => {
    if (size.cinc) {
      const lacking = actors.filter((a) => !((size.cinc!.get(a.ccode!) ?? 0) > 0));
      if (lacking.length > 0)
        throw new InputError([
          flagIssue(
            '--states',
            `${lacking.map((a) => a.label).join(', ')} ha${lacking.length === 1 ? 's' : 've'} no CINC above 0 in ${size.year} (not a COW system member that year?)`,
            'states with a CINC score in the year, or --size FILE',
          ),
        ]);
      return actors.map((a) => size.cinc!.get(a.ccode!)!);
    }
    const key = keyOf(states, '--size');
    const byKey = new Map(size.rows!.map((r) => [key(r.actor), r.size]));
    const lacking = actors.filter((a) => !byKey.has(actorKey(a)));
    if (lacking.length > 0)
      throw new InputError([
        flagIssue(
          '--size',
          `the size file gives no size for ${lacking.map((a) => a.label).join(', ')}`,
          'a row "actor,size" for every actor',
        ),
      ]);
    return actors.map((a) => byKey.get(actorKey(a))!);
  })();
  const n = actors.length;
  const p = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  if (propensity.pairs) {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (i !== j)
          p[i]![j] =
            propensity.pairs.get(pairKey(actors[i]!.ccode!, actors[j]!.ccode!)) ??
            propensity.absent ??
            0;
  } else {
    const key = keyOf(states, '--propensity');
    const index = new Map(actors.map((a, i) => [actorKey(a), i]));
    const given = new Map<string, number>();
    let averaged = 0;
    for (const r of propensity.rows!) {
      const i = index.get(key(r.i));
      const j = index.get(key(r.j));
      if (i === undefined || j === undefined) continue;
      const k = `${Math.min(i, j)}-${Math.max(i, j)}`;
      const before = given.get(k);
      if (before !== undefined && before !== r.p) averaged++;
      const value = before === undefined ? r.p : (before + r.p) / 2;
      given.set(k, value);
      p[i]![j] = value;
      p[j]![i] = value;
    }
    const pairs = (n * (n - 1)) / 2;
    if (given.size < pairs)
      assumptions.push(
        `${pairs - given.size} of ${pairs} pairs have no row in the propensity file: p = 0 for them`,
      );
    if (averaged > 0)
      assumptions.push(
        `${averaged} pair${averaged === 1 ? ' is' : 's are'} given in both orders with different p: the mean of the two is used`,
      );
  }
  return { landscape: { actors: actors.map((a) => a.label), sizes, propensity: p }, assumptions };
}
