/** `casus landscape`: Axelrod & Bennett's (1993) landscape theory of aggregation, searched exactly over every bipartition. */
import { createHash } from 'node:crypto';
import { searchShape } from '@casus/core';
import { type ManifestEntry, readInputText } from '@casus/data';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, flagError, UsageError } from '../command.ts';
import {
  DETERMINISM_WORDS,
  describeSearch,
  ENERGY_WORDS,
  type LandscapeAnswer,
  renderLandscape,
} from '../landscape/answer.ts';
import { buildLandscape, MAX_ACTORS, resolveActors } from '../landscape/build.ts';
import { readPropensities, readSizes } from '../landscape/file-inputs.ts';
import { searchAll } from '../landscape/parallel.ts';
import {
  SIMILARITY_PROPENSITY_WORDS,
  similarityPropensity,
} from '../landscape/similarity-propensity.ts';
import { ATOP_CODING, readStoreInputs } from '../landscape/store-inputs.ts';
import { progressBar } from '../sim/progress.ts';

const usage = `Usage: casus landscape --year Y --states A,B,... [--propensity atop|similarity|FILE] [--size cinc|FILE] [--minima K] [--workers N] [--db FILE] [--json]

Axelrod & Bennett's landscape theory of aggregation (1993): each actor i has a size s_i and
each pair a propensity p_ij (positive to align, negative to oppose); a bipartition X of the
actors into two sides has energy E(X) = Σ_i Σ_{j≠i} s_i s_j p_ij d_ij(X), d_ij = 1 across sides.
Searches every bipartition exactly and prints the global minimum, the lowest local minima (no
actor lowers its frustration by switching) and each actor's frustration F_i = Σ_j s_j p_ij d_ij.
  --year Y          the year of the store's data (ATOP, CINC); not needed with two files
  --states LIST     the actors, comma-separated: COW states by ISO3, COW code or name when the
                    store is read, else labels of the files (default: the --size file's actors)
  --propensity P    atop (default): ${ATOP_CODING.words}
                    similarity: Signorino & Ritter's S of the two states' ATOP portfolios
                    (unweighted, absolute distance, global; see casus similarity)
                    FILE: CSV rows i,j,p (header optional); a pair in one order stands for both
  --size S          cinc (default): COW NMC's CINC of the year (6.0 up to 2016, else 7.0)
                    FILE: CSV rows actor,size with size > 0 (header optional)
  --minima K        how many of the lowest local minima to list (default 5, at most 100)
  --workers N       threads (default 1; the threaded search gained nothing measured on this
                    2-core machine, see casus bench --only landscape)
  --db FILE         the research-data store (default: the one casus data import writes)
  --json            the answer as JSON
Up to ${MAX_ACTORS} actors; 30 take about 10 s on one core, and each actor more doubles it.
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

function whole(
  flag: string,
  text: string | undefined,
  fallback: number,
  lo: number,
  hi: number,
): number {
  if (text === undefined) return fallback;
  const x = Number(text);
  if (!/^\d+$/.test(text.trim()) || x < lo || x > hi)
    throw flagError(
      flag,
      `"${text}" is not a whole number from ${lo} to ${hi}`,
      `a whole number from ${lo} to ${hi}`,
    );
  return x;
}

/** The manifest entries read, each once, in the order first read. */
const dataRead = (...lists: ManifestEntry[][]): ManifestEntry[] => [
  ...new Map(lists.flat().map((m) => [`${m.dataset} ${m.file}`, m])).values(),
];

const sha = (path: string) => createHash('sha256').update(readInputText(path)).digest('hex');

export const landscapeCommand: Command = {
  name: 'landscape',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        year: { type: 'string' },
        states: { type: 'string' },
        propensity: { type: 'string' },
        size: { type: 'string' },
        minima: { type: 'string' },
        workers: { type: 'string' },
        db: { type: 'string' },
      },
      0,
    );
    const propensity = values.propensity ?? 'atop';
    const size = values.size ?? 'cinc';
    const atop = propensity === 'atop';
    const similarity = propensity === 'similarity';
    const cinc = size === 'cinc';
    const store = atop || similarity || cinc;
    const keep = whole('--minima', values.minima, 5, 1, 100);
    const workers = whole('--workers', values.workers, 1, 1, 64);
    let year: number | undefined;
    if (values.year !== undefined) {
      if (!/^\d{4}$/.test(values.year.trim()))
        throw flagError('--year', `"${values.year}" is not a year`, 'a four-digit year, e.g. 2016');
      year = Number(values.year);
    } else if (store) throw new UsageError('--year is needed to read ATOP or CINC from the store');
    const sizeRows = cinc ? undefined : readSizes(size);
    const propensityRows = atop || similarity ? undefined : readPropensities(propensity);
    const wanted = values.states
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const labels = [
      ...(sizeRows?.map((r) => r.actor) ?? []),
      ...(propensityRows?.flatMap((r) => [r.i, r.j]) ?? []),
    ];
    const actors = resolveActors(
      wanted,
      store,
      labels,
      store ? undefined : sizeRows?.map((r) => r.actor),
    );
    const fromStore =
      atop || cinc ? await readStoreInputs(values.db, year!, { atop, cinc }) : { data: [] };
    const fromSimilarity = similarity
      ? await similarityPropensity(values.db, year!, actors)
      : undefined;
    const built = buildLandscape(
      actors,
      cinc ? { cinc: fromStore.sizes!, year: year! } : { rows: sizeRows! },
      atop
        ? { pairs: fromStore.propensity!, absent: ATOP_CODING.none }
        : fromSimilarity
          ? { pairs: fromSimilarity.pairs }
          : { rows: propensityRows! },
      store,
    );
    const l = built.landscape;
    const { inner } = searchShape(l.actors.length);
    const bar = progressBar(io, 'bipartitions', 2 ** inner);
    const started = performance.now();
    const result = await (async () => {
      try {
        return await searchAll(l, { workers, keep, onProgress: (d, t) => bar.update(d, t) });
      } finally {
        bar.stop();
      }
    })();
    const seconds = (performance.now() - started) / 1000;
    const answer: LandscapeAnswer = {
      command: ['casus landscape', ...argv].join(' '),
      ...(year === undefined ? {} : { year }),
      actors: actors.map((a, i) => ({
        actor: a.label,
        ...(a.ccode === undefined ? {} : { ccode: a.ccode }),
        size: l.sizes[i]!,
      })),
      inputs: {
        propensity: atop
          ? `atop: ${ATOP_CODING.words}`
          : similarity
            ? SIMILARITY_PROPENSITY_WORDS
            : `file ${propensity} (sha256 ${sha(propensity)})`,
        size: cinc
          ? `cinc: COW NMC ${fromStore.nmc!.release} CINC of ${year} (${fromStore.nmc!.why})`
          : `file ${size} (sha256 ${sha(size)})`,
      },
      data: dataRead(fromStore.data, fromSimilarity?.data ?? []).map(
        ({ dataset, version, file, sha256, pinned }) => ({
          dataset,
          version,
          file,
          sha256,
          pinned,
        }),
      ),
      energy: ENERGY_WORDS,
      determinism: DETERMINISM_WORDS,
      ...describeSearch(l, result),
      assumptions: built.assumptions,
      workers,
      seconds,
    };
    io.stdout(values.json ? JSON.stringify(answer, null, 2) : renderLandscape(answer));
    return EXIT.ok;
  },
};
