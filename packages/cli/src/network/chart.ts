/** `casus network --chart`: the measures over the years as an SVG of small multiples sharing the year axis. */
import { esc, PALETTE, wrapWords } from '@casus/core';
import type { NetworkSummary } from '@casus/core/network';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { NetworkAnswer } from './answer.ts';

/** The panels, top to bottom: each measure of the summary with the words of its y axis. */
const PANELS: readonly { key: keyof Omit<NetworkSummary, 'year'>; words: string }[] = [
  { key: 'nodes', words: 'states' },
  { key: 'edges', words: 'ties' },
  { key: 'density', words: 'density' },
  { key: 'communities', words: 'communities' },
  { key: 'modularity', words: 'modularity' },
  { key: 'meanClustering', words: 'mean clustering' },
];

const WIDTH = 900;
const LEFT = 96;
const RIGHT = 24;
const TOP = 56;
const PANEL = 92;
const GAP = 22;
const AXIS = 40;
const CAPTION_LINE = 15;
/** Characters of 10-pixel sans-serif a caption line holds between the margins (about 5.5 px each). */
const CAPTION_CHARS = 135;

/** The title: what a tie is, where, over which years. */
function chartTitle(a: NetworkAnswer): string {
  return `Alliance network, ${a.tie}, ${a.region}, ${a.years[0]!.year}–${a.years.at(-1)!.year}`;
}

/**
 * The caption's lines: the data read, the seed, any assumption, and the command that made the
 * chart, each broken between words to stay inside the chart's width.
 */
function captionLines(a: NetworkAnswer): string[] {
  return [
    `data: ${a.data.map((d) => `${d.dataset} ${d.version} (${d.file})`).join(', ')}; Louvain seed ${a.seed}`,
    ...a.assumptions.map((s) => `assumption: ${s}`),
    `made by: ${a.command}`,
  ].flatMap((s) => wrapWords(s, CAPTION_CHARS));
}

/** One panel: its y axis (ticks from zero, labelled with the measure), its line and a point per year. */
function panel(years: NetworkAnswer['years'], x: (year: number) => number, index: number): string {
  const { key, words } = PANELS[index]!;
  const top = TOP + index * (PANEL + GAP);
  const values = years.map((s) => s[key]);
  const y = scaleLinear()
    .domain([0, Math.max(...values) || 1])
    .nice(4)
    .range([top + PANEL, top]);
  const format = y.tickFormat(4);
  const ticks = y
    .ticks(4)
    .map(
      (t) =>
        `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/><text x="${LEFT - 6}" y="${y(t) + 3}" font-size="10" text-anchor="end">${format(t)}</text>`,
    )
    .join('');
  const path = line<NetworkSummary>()
    .x((s) => x(s.year))
    .y((s) => y(s[key]))(years);
  const colour = PALETTE[index % PALETTE.length]!;
  const points = years
    .map(
      (s) =>
        `<circle cx="${x(s.year)}" cy="${y(s[key])}" r="1.6" fill="${colour}" data-year="${s.year}" data-value="${s[key]}"/>`,
    )
    .join('');
  const label = `<text class="y-label" transform="translate(${LEFT - 52},${top + PANEL / 2}) rotate(-90)" font-size="11" text-anchor="middle">${esc(words)}</text>`;
  return `<g class="panel" data-measure="${key}">${ticks}${label}<path d="${path}" fill="none" stroke="${colour}" stroke-width="1.5"/>${points}</g>`;
}

/**
 * The answer's years as an SVG: one panel per measure, all sharing the year axis at the bottom;
 * every point carries its year and value as data attributes.
 * @example networkChart(answer).startsWith('<svg') // true
 */
export function networkChart(a: NetworkAnswer): string {
  const from = a.years[0]!.year;
  const to = a.years.at(-1)!.year;
  const x = scaleLinear()
    .domain([from, to === from ? from + 1 : to])
    .range([LEFT, WIDTH - RIGHT]);
  const bottom = TOP + PANELS.length * (PANEL + GAP) - GAP;
  const yearTicks = x
    .ticks(10)
    .filter(Number.isInteger)
    .map(
      (t) =>
        `<line x1="${x(t)}" x2="${x(t)}" y1="${bottom}" y2="${bottom + 4}" stroke="#333"/><text x="${x(t)}" y="${bottom + 15}" font-size="10" text-anchor="middle">${t}</text>`,
    )
    .join('');
  const axis = `<g class="x-axis" data-from="${from}" data-to="${to}"><line x1="${x(from)}" x2="${x(to)}" y1="${bottom}" y2="${bottom}" stroke="#333"/>${yearTicks}<text class="x-label" x="${(LEFT + WIDTH - RIGHT) / 2}" y="${bottom + 32}" font-size="11" text-anchor="middle">year</text></g>`;
  const captionTop = bottom + AXIS + 12;
  const caption = captionLines(a)
    .map(
      (s, k) =>
        `<text x="${LEFT}" y="${captionTop + k * CAPTION_LINE}" font-size="10" fill="#555">${esc(s)}</text>`,
    )
    .join('');
  const height = captionTop + captionLines(a).length * CAPTION_LINE;
  const title = chartTitle(a);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    `<text x="${LEFT}" y="28" font-size="15" font-weight="bold">${esc(title)}</text>`,
    ...PANELS.map((_, k) => panel(a.years, x, k)),
    axis,
    `<g class="caption">${caption}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
