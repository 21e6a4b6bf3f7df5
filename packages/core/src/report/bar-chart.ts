/** A full-width chart of one measure: a row of bars per scenario (one per architecture), each with its 95% whisker and, with parameter draws, its model band. */
import { niceStep } from '../analytics/nice-step.ts';
import type { EstimateLike } from './estimate-text.ts';
import { esc, PALETTE } from './html.ts';

export interface BarSeries {
  id: string;
  name: string;
}

export interface Bar {
  group: string;
  series: string;
  estimate: EstimateLike;
  model?: EstimateLike | undefined;
}

export interface BarChartSpec {
  title: string;
  percent: boolean;
  groups: readonly BarSeries[];
  series: readonly BarSeries[];
  bars: readonly Bar[];
  testId: string;
}

const WIDTH = 1000;
const LABEL = 330;
const RIGHT = 24;
const BAR = 13;
const GAP = 14;
const LINE = 14;

/** A scenario's name in lines of at most `max` characters, broken between words. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const fmt = (v: number, percent: boolean) =>
  percent ? `${(v * 100).toFixed(1)}%` : Number(v.toFixed(3)).toString();

const finite = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x);

/**
 * The chart as an SVG figure that scales to the page's width; every bar's numbers in its tooltip.
 * @example barChart({title: 'P(deterred)', percent: true, groups, series, bars, testId: 'chart-deterred'})
 */
export function barChart(spec: BarChartSpec): string {
  const { groups, series, percent } = spec;
  const highs = spec.bars.flatMap((b) => [b.estimate.high, b.model?.high, b.estimate.value]);
  const top = Math.max(1e-9, ...highs.filter(finite));
  const step = niceStep(top / 5);
  const max = step * Math.ceil(top / step);
  const x = (v: number) => LABEL + (Math.max(0, v) / max) * (WIDTH - LABEL - RIGHT);
  const groupH = series.length * BAR + GAP;
  const axisY = 22;
  const height = axisY + groups.length * groupH + 8;
  const parts: string[] = [];
  for (let t = 0; t <= Math.round(max / step); t++) {
    const v = step * t;
    parts.push(
      `<line x1="${x(v)}" x2="${x(v)}" y1="${axisY - 4}" y2="${height - 4}" stroke="#e2e2e2"/><text x="${x(v)}" y="${axisY - 8}" font-size="12" text-anchor="middle">${fmt(v, percent)}</text>`,
    );
  }
  groups.forEach((g, i) => {
    const gy = axisY + i * groupH + GAP / 2;
    const lines = wrapWords(g.name, 46);
    const ly = gy + (series.length * BAR) / 2 - ((lines.length - 1) * LINE) / 2 + 4;
    parts.push(
      `<text class="group-label" x="${LABEL - 10}" y="${ly}" font-size="13" text-anchor="end"><title>${esc(g.id)}</title>${lines.map((l, k) => `<tspan x="${LABEL - 10}" dy="${k === 0 ? 0 : LINE}">${esc(l)}</tspan>`).join('')}</text>`,
    );
    series.forEach((s, j) => {
      const b = spec.bars.find((r) => r.group === g.id && r.series === s.id);
      if (!b || !finite(b.estimate.value)) return;
      const y = gy + j * BAR;
      const mid = y + (BAR - 2) / 2;
      const e = b.estimate;
      const tip = `${g.name} — ${s.name}: ${fmt(e.value!, percent)}${finite(e.low) && finite(e.high) ? ` (95% ${fmt(e.low, percent)} to ${fmt(e.high, percent)})` : ''}`;
      if (b.model && finite(b.model.low) && finite(b.model.high))
        parts.push(
          `<rect class="model-interval" x="${x(b.model.low)}" y="${y - 1}" width="${Math.max(1, x(b.model.high) - x(b.model.low))}" height="${BAR}" fill="#222" fill-opacity="0.16"/>`,
        );
      parts.push(
        `<rect class="bar" x="${LABEL}" y="${y}" width="${Math.max(0.5, x(e.value!) - LABEL)}" height="${BAR - 2}" fill="${PALETTE[j % PALETTE.length]}" fill-opacity="0.85"><title>${esc(tip)}</title></rect>`,
      );
      if (finite(e.low) && finite(e.high))
        parts.push(
          `<path class="whisker" d="M${x(e.low)},${mid}H${x(e.high)}M${x(e.low)},${mid - 4}V${mid + 4}M${x(e.high)},${mid - 4}V${mid + 4}" stroke="#111" stroke-width="2" fill="none"/>`,
        );
    });
  });
  const legend = series
    .map(
      (s, j) =>
        `<li><span class="swatch" style="background:${PALETTE[j % PALETTE.length]}"></span>${esc(s.name)}</li>`,
    )
    .join('');
  return `<figure class="chart" data-testid="${esc(spec.testId)}"><figcaption>${esc(spec.title)}</figcaption><ul class="series-key">${legend}</ul><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" font-family="system-ui, sans-serif" role="img" aria-label="${esc(spec.title)}">${parts.join('')}</svg></figure>`;
}
