/** What `casus similarity` answers (its --json) and the text for people. */
import type { ManifestEntry } from '@casus/data';
import { table } from '../render/table.ts';

export interface SimilarityPair {
  state1: string;
  ccode1: number;
  state2: string;
  ccode2: number;
  /** null when the measure has no value for the pair; `reason` says why. */
  value: number | null;
  reason?: string;
}

export interface SimilarityAnswer {
  command: string;
  year: number;
  measure: string;
  measureWords: string;
  distance: string;
  reference: string;
  portfolios: string;
  weights?: string;
  data: Pick<ManifestEntry, 'dataset' | 'version' | 'file' | 'sha256' | 'pinned'>[];
  assumptions: string[];
  pairs: SimilarityPair[];
}

/** The answer as people read it: what was measured over what, then one row per pair. */
export function renderSimilarity(a: SimilarityAnswer): string {
  return [
    `portfolio similarity in ${a.year} · ${a.measureWords} · ${a.distance} distance · ${a.pairs.length.toLocaleString('en-US')} pair${a.pairs.length === 1 ? '' : 's'}`,
    `portfolios: ${a.portfolios}`,
    `reference system: ${a.reference}`,
    ...(a.weights ? [`weights: ${a.weights}`] : []),
    `data: ${a.data.map((d) => `${d.dataset} ${d.version} (${d.file}${d.pinned ? ', pinned sha256' : ''})`).join(', ')}`,
    ...a.assumptions.map((s) => `assumption: ${s}`),
    '',
    table(
      ['state 1', 'state 2', a.measure],
      a.pairs.map((p) => [
        p.state1,
        p.state2,
        p.value === null ? `— (${p.reason})` : p.value.toFixed(4),
      ]),
    ),
  ].join('\n');
}
