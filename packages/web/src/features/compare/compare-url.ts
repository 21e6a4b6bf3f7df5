/**
 * The comparison's setup in its URL: the architectures chosen, whether the designed pact is added,
 * the server run's trials and seed, the coverage map's architecture and date, and the design added
 * (the designer's own query, in `pact`), so a copied link compares the same pact.
 * @example #/compare?arch=status-quo-2024,asian-nato-exclusive&trials=5000&seed=7&cover=status-quo-2024&date=2026-01-01
 */
import { compareOrder, defaultArchitectures } from '@casus/core';
import type { Workbench } from '../common/catalog-context.tsx';
import { defaultArchitecture, today } from '../common/defaults.ts';
import { pickNumber, pickParam } from '../common/url-params.ts';
import type { Decoded, UrlCodec } from '../common/use-url-state.ts';
import { adoptDesign } from '../designer/designer-url.ts';

export interface CompareState {
  /** The architectures compared, in compare order (core's, as `casus compare` lists them). */
  architectures: string[];
  /** Whether the pact designed in the treaty designer is added (when there is one). */
  withDesign: boolean;
  trials: number;
  seed: number;
  coverage: string;
  date: string;
  /** The designer's query for the pact added (when it is added and valid): the link carries the design. */
  pact?: string | undefined;
}

/** The server's bounds on a comparison's trials, and the seeds an rng takes. */
const TRIALS = { min: 10, max: 1_000_000, default: 2000 };
const MAX_SEED = 2 ** 31 - 1;

function decode(params: URLSearchParams, w: Workbench): Decoded<CompareState> {
  const notices: string[] = [];
  const ids = compareOrder(w.catalog.architectures).map((a) => a.id as string);
  // No `arch`: the same default list as `casus compare` without --architectures.
  const asked = params.has('arch')
    ? (params.get('arch') ?? '').split(',').filter(Boolean)
    : defaultArchitectures(w.catalog.architectures);
  const unknown = asked.filter((a) => !ids.includes(a));
  if (unknown.length > 0)
    notices.push(
      `The link's architectures ${unknown.map((a) => `"${a}"`).join(', ')} are not in the library; left out.`,
    );
  return {
    value: {
      architectures: ids.filter((id) => asked.includes(id)),
      withDesign: params.get('design') !== '0',
      trials: pickNumber(
        params,
        'trials',
        TRIALS.min,
        TRIALS.max,
        TRIALS.default,
        'trials',
        notices,
      ),
      seed: pickNumber(params, 'seed', 0, MAX_SEED, 1, 'seed', notices),
      coverage: pickParam(
        params,
        'cover',
        ids,
        defaultArchitecture(w.catalog),
        'architecture',
        notices,
      ),
      date: params.get('date') ?? today(),
      pact: params.get('pact') ?? undefined,
    },
    notices,
  };
}

function encode(s: CompareState): URLSearchParams {
  const p = new URLSearchParams({ arch: s.architectures.join(',') });
  if (!s.withDesign) p.set('design', '0');
  p.set('trials', String(s.trials));
  p.set('seed', String(s.seed));
  p.set('cover', s.coverage);
  p.set('date', s.date);
  if (s.pact) p.set('pact', s.pact);
  return p;
}

export const compareCodec: UrlCodec<CompareState> = {
  decode,
  encode,
  adopt: (s, w) => adoptDesign(s.pact, w),
};
