/** The coverage heat map of one architecture: obligors down, beneficiaries across, each cell shaded by the strongest cover found over the battery. */
import { type CoverageCell, coverRank } from '../analytics/coverage.ts';
import { esc } from './html.ts';
import { coverStrength } from './strongest-covers.ts';

/** The shading's steps, weakest to strongest, with the rank each stands for. */
export const COVER_SHADES: readonly { label: string; rank: number }[] = [
  { label: 'constrained by domestic law', rank: 0.5 },
  { label: 'policy', rank: 1 },
  { label: 'permission', rank: 2 },
  { label: 'duty, discretionary', rank: 3 },
  { label: 'duty, consult first', rank: 4 },
  { label: 'duty, constitutional processes', rank: 5 },
  { label: 'duty, automatic', rank: 6 },
];

/** The fill of a cell whose strongest cover has `rank` (0: none). */
export const shade = (rank: number): string =>
  rank <= 0 ? '#f4f4f4' : `hsl(210, 70%, ${Math.round(90 - rank * 10)}%)`;

const CELL = 26;

/**
 * The heat map as an SVG figure, with the states' names on both axes and each cell's covers in its tooltip.
 * @example heatMap(cells, 'Status quo', (id) => stateName(id))
 */
export function heatMap(
  cells: readonly CoverageCell[],
  title: string,
  stateName: (id: string) => string,
  scenarioName: (id: string) => string,
): string {
  const obligors = [...new Set(cells.map((c) => c.obligor))].sort();
  const beneficiaries = [...new Set(cells.map((c) => c.beneficiary))].sort();
  const longest = (ids: string[]) => Math.max(4, ...ids.map((id) => stateName(id).length));
  const left = Math.min(240, 7 * longest(obligors) + 12);
  const top = Math.min(200, 5.2 * longest(beneficiaries) + 16);
  const parts: string[] = [];
  beneficiaries.forEach((b, j) => {
    const cx = left + j * CELL + CELL / 2;
    parts.push(
      `<text x="${cx}" y="${top - 6}" font-size="12" transform="rotate(-45 ${cx} ${top - 6})"><title>${esc(b)}</title>${esc(stateName(b))}</text>`,
    );
  });
  obligors.forEach((o, i) => {
    parts.push(
      `<text x="${left - 6}" y="${top + i * CELL + CELL / 2 + 4}" font-size="12" text-anchor="end"><title>${esc(o)}</title>${esc(stateName(o))}</text>`,
    );
    beneficiaries.forEach((b, j) => {
      const here = cells.filter((c) => c.obligor === o && c.beneficiary === b);
      const best = here.reduce((m, c) => Math.max(m, coverRank(c)), 0);
      const tip = here
        .map(
          (c) => `${scenarioName(c.scenario)}: ${c.agreement} ${c.article} (${coverStrength(c)})`,
        )
        .join('\n');
      parts.push(
        `<rect x="${left + j * CELL}" y="${top + i * CELL}" width="${CELL - 2}" height="${CELL - 2}" fill="${shade(best)}" data-rank="${best}"><title>${esc(`${stateName(o)} → ${stateName(b)}\n${tip || 'no cover'}`)}</title></rect>`,
      );
    });
  });
  // The last column's label leans right, past the last cell.
  const w = left + beneficiaries.length * CELL + 5.2 * longest(beneficiaries);
  const h = top + obligors.length * CELL + 8;
  return `<figure class="heat-map"><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" style="max-width:100%;height:auto" font-family="system-ui, sans-serif" role="img" aria-label="${esc(`coverage: ${title}`)}">${parts.join('')}</svg></figure>`;
}
