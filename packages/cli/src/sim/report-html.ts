/** A self-contained HTML report of a comparison: inline SVG bar charts with 95% whiskers and coverage heat maps; no external files. */
import {
  type AppliedOverride,
  type CalibrationChart,
  type CompareRow,
  type CoverageCell,
  calibrationNote,
  coverRank,
  type Estimate,
  layoutCalibration,
  type Measures,
  type ModelCalibration,
  niceStep,
  type ParameterSource,
} from '@casus/core';
import type { Comparison } from '@casus/runner';
import { decisionLines, overridesOver } from '../decide-flag.ts';
import { numDiff, pctDiff } from './format.ts';

export interface ReportData {
  battery: string[];
  architectures: string[];
  seed: number;
  trials: number | undefined;
  model: {
    reliability: {
      file: string;
      sha256: string;
      form: string;
      formula: string;
      values: Record<string, Record<string, number>>;
      sources: ParameterSource[];
    };
    library: { sha256: string };
  };
  /** Each scenario's measures; with parameter draws, `model` holds their model intervals. */
  rows: (CompareRow & { model?: Measures | undefined })[];
  coverage: CoverageCell[];
  members: string[];
  /** Each architecture against the status quo, paired trial by trial; absent with one architecture. */
  differences?: Comparison['differences'];
  /** The calibration to show beside the model (readModelCalibration): the used file's, the library's fitted file's, or none. */
  calibration: ModelCalibration | null;
  /** Each run's decision overrides (the summaries' `overrides`), listed with the answer. */
  scenarios?: { overrides: AppliedOverride[] }[] | undefined;
}

export const PALETTE = ['#4c72b0', '#dd8452', '#55a868', '#c44e52', '#8172b3', '#937860'];
export const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Grouped bars (scenario groups, one bar per architecture) with 95% interval whiskers. */
function barChart(
  title: string,
  data: ReportData,
  measure: keyof Measures,
  percent: boolean,
): string {
  const pick = (r: ReportData['rows'][number]): Estimate => r[measure];
  const scenarios = data.battery;
  const archs = data.architectures;
  const barW = 12;
  const groupW = archs.length * barW + 14;
  const left = 50;
  const height = 200;
  const width = left + scenarios.length * groupW + 60; // room for the last slanted label
  const values = data.rows.map((r) => (r.model ?? r)[measure].high).filter(Number.isFinite);
  const step = niceStep(Math.max(1e-9, ...values) / 4);
  const ticks = Math.ceil(Math.max(1e-9, ...values) / step);
  const max = step * ticks;
  const y = (v: number) => 20 + height - (Math.max(0, v) / max) * height;
  const parts: string[] = [];
  for (let t = 0; t <= ticks; t++) {
    const v = step * t;
    parts.push(
      `<line x1="${left}" x2="${width}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${left - 4}" y="${y(v) + 3}" text-anchor="end" font-size="9">${percent ? `${Math.round(v * 100)}%` : Number(v.toPrecision(3))}</text>`,
    );
  }
  scenarios.forEach((s, i) => {
    const gx = left + i * groupW + 7;
    archs.forEach((a, j) => {
      const r = data.rows.find((x) => x.scenario === s && x.architecture === a);
      if (!r) return;
      const e = pick(r);
      if (!Number.isFinite(e.value)) return;
      const x = gx + j * barW;
      const m = r.model?.[measure];
      if (m)
        parts.push(
          `<line class="model-interval" x1="${x + barW / 2 - 1}" x2="${x + barW / 2 - 1}" y1="${y(m.low)}" y2="${y(m.high)}" stroke="#222" stroke-opacity="0.22" stroke-width="6"><title>${esc(`${s} / ${a}: model interval ${m.low.toFixed(3)}–${m.high.toFixed(3)}`)}</title></line>`,
        );
      parts.push(
        `<rect x="${x}" y="${y(e.value)}" width="${barW - 2}" height="${y(0) - y(e.value)}" fill="${PALETTE[j % PALETTE.length]}"><title>${esc(`${s} / ${a}: ${percent ? `${(e.value * 100).toFixed(1)}%` : e.value.toFixed(3)} [${e.low.toFixed(3)}–${e.high.toFixed(3)}]`)}</title></rect>`,
        `<line x1="${x + barW / 2 - 1}" x2="${x + barW / 2 - 1}" y1="${y(e.low)}" y2="${y(e.high)}" stroke="#222"/>`,
      );
    });
    parts.push(
      `<text transform="translate(${gx + (archs.length * barW) / 2},${y(0) + 8}) rotate(35)" font-size="9">${esc(s)}</text>`,
    );
  });
  const legend = archs
    .map((a, j) => `<tspan fill="${PALETTE[j % PALETTE.length]}">■</tspan> ${esc(a)}  `)
    .join('');
  return `<h3>${esc(title)}</h3><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 110}" font-family="sans-serif">${parts.join('')}<text x="${left}" y="${height + 105}" font-size="10">${legend}</text></svg>`;
}

const shade = (rank: number) =>
  rank <= 0 ? '#f5f5f5' : `hsl(210, 70%, ${Math.round(92 - rank * 10)}%)`;

/** Obligor × beneficiary, coloured by the strongest cover found across the battery for one architecture. */
export function heatMap(data: ReportData, architecture: string): string {
  const cells = data.coverage.filter((c) => c.architecture === architecture);
  const obligors = [...new Set(cells.map((c) => c.obligor))].sort();
  const beneficiaries = [...new Set(cells.map((c) => c.beneficiary))].sort();
  const size = 22;
  const left = 40;
  const top = 40;
  const parts: string[] = [];
  beneficiaries.forEach((b, j) => {
    parts.push(
      `<text x="${left + j * size + 4}" y="${top - 6}" font-size="9" transform="rotate(-40 ${left + j * size + 4} ${top - 6})">${b}</text>`,
    );
  });
  obligors.forEach((o, i) => {
    parts.push(
      `<text x="${left - 4}" y="${top + i * size + 14}" font-size="9" text-anchor="end">${o}</text>`,
    );
    beneficiaries.forEach((b, j) => {
      const here = cells.filter((c) => c.obligor === o && c.beneficiary === b);
      const best = here.reduce((m, c) => Math.max(m, coverRank(c)), 0);
      const tip = here
        .map(
          (c) =>
            `${c.scenario}: ${c.agreement} ${c.article} (${c.kind === 'duty' ? c.response : c.kind})`,
        )
        .join('\n');
      parts.push(
        `<rect x="${left + j * size}" y="${top + i * size}" width="${size - 1}" height="${size - 1}" fill="${shade(best)}"><title>${esc(`${o} → ${b}\n${tip || 'no cover'}`)}</title></rect>`,
      );
    });
  });
  const w = left + beneficiaries.length * size + 10;
  const h = top + obligors.length * size + 10;
  return `<h3>Coverage: ${esc(architecture)}</h3><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif">${parts.join('')}</svg>`;
}

/** A reliability diagram: each decile a dot of area ∝ its cases with its 95% whisker, over the diagonal of perfect calibration. */
export function calibrationSvg(chart: CalibrationChart): string {
  const l = layoutCalibration(chart, 300);
  const ticks = l.ticks.map(
    (t) =>
      `<line x1="${t.x}" x2="${t.x}" y1="${l.bottom}" y2="${l.bottom + 4}" stroke="#888"/><text x="${t.x}" y="${l.bottom + 14}" font-size="9" text-anchor="middle">${t.label}</text><line x1="${l.left - 4}" x2="${l.left}" y1="${t.y}" y2="${t.y}" stroke="#888"/><text x="${l.left - 6}" y="${t.y + 3}" font-size="9" text-anchor="end">${t.label}</text>`,
  );
  const points = l.points.map(
    (p) =>
      `<g class="decile" data-n="${p.n}"><line x1="${p.cx}" x2="${p.cx}" y1="${p.y1}" y2="${p.y2}" stroke="#222"/><circle cx="${p.cx}" cy="${p.cy}" r="${p.r}" fill="${PALETTE[0]}" fill-opacity="0.7"><title>${esc(p.label)}</title></circle></g>`,
  );
  return `<figure class="calibration"><figcaption>${esc(chart.title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" font-family="sans-serif" role="img" aria-label="${esc(`reliability diagram: ${chart.title}`)}"><rect x="${l.left}" y="${l.top}" width="${l.right - l.left}" height="${l.bottom - l.top}" fill="none" stroke="#ccc"/><line class="diagonal" x1="${l.left}" y1="${l.bottom}" x2="${l.right}" y2="${l.top}" stroke="#999" stroke-dasharray="4 3"/>${ticks.join('')}${points.join('')}<text x="${(l.left + l.right) / 2}" y="${l.height - 4}" font-size="10" text-anchor="middle">mean forecast</text><text transform="translate(11,${(l.top + l.bottom) / 2}) rotate(-90)" font-size="10" text-anchor="middle">observed share honoured</text></svg></figure>`;
}

/** The reliability file every answer used, and the calibration shown for it (or why there is none). */
function calibrationSection(data: ReportData): string {
  const note = calibrationNote(data.model.reliability, data.calibration);
  return `<h3>Reliability model and its calibration</h3>
<p data-testid="reliability-used">${esc(note.used)}</p>
<p>${esc(note.shown)} Each dot is a decile of the out-of-sample forecasts, its area in proportion to its cases, its whisker the 95% Wilson interval of the observed share; a calibrated model's dots lie on the dashed diagonal.</p>
<div style="display:flex;gap:2em;flex-wrap:wrap">${note.charts.map(calibrationSvg).join('')}</div>`;
}

type Differences = NonNullable<ReportData['differences']>;

/** The paired differences from the status quo as a table, the battery's rows first: the figure a reader compares. */
function differencesTable(d: Differences): string {
  const cell = (e: Estimate, model: Estimate | undefined, format: (e: Estimate) => string) =>
    `<td>${esc(format(e))}${model ? `<br><small>model ${esc(format(model).replace(/^.*? \[/, '['))}</small>` : ''}</td>`;
  const row = (scenario: string, r: Differences['rows'][number] | Differences['battery'][number]) =>
    `<tr><td>${esc(scenario)}</td><td>${esc(r.architecture)}</td>${[
      cell(r.deterrence, r.model?.deterrence, numDiff),
      cell(r.deterred, r.model?.deterred, pctDiff),
      cell(r.entangled, r.model?.entangled, numDiff),
      cell(r.widened, r.model?.widened, pctDiff),
      cell(r.nuclearOpposed, r.model?.nuclearOpposed, pctDiff),
    ].join('')}</tr>`;
  const modelled = d.battery.some((r) => r.model);
  return `<h3>Difference from ${esc(d.baseline)}, paired</h3>
<p>Every architecture drew the same random numbers, trial by trial, within each scenario, so each interval is that of the difference itself (95%).${modelled ? ' Under each, “model” is the 95% model interval: the paired difference read block by block, each block of trials under its own draw of the coefficients, so it adds their uncertainty to the Monte Carlo noise.' : ''}</p>
<table><tr><th>scenario</th><th>architecture</th><th>deterrence</th><th>P(deterred)</th><th>entangled states</th><th>P(2nd major power)</th><th>P(nuclear-armed on both sides)</th></tr>
${[...d.battery.map((r) => row('over the battery', r)), ...d.rows.map((r) => row(r.scenario, r))].join('\n')}</table>`;
}

/**
 * The whole report as one HTML string.
 * @example await writeOutputText('out.html', renderReport(data))
 */
export function renderReport(data: ReportData): string {
  const params = data.model.reliability.sources
    .map(
      (p) =>
        `<tr data-kind="${p.kind}"><td>${esc(p.parameter)}</td><td>${p.value}</td><td>${p.kind}</td><td>${esc(p.source)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Casus comparison</title>
<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}h3{margin-top:2em}.legend span{display:inline-block;width:14px;height:14px;vertical-align:middle}</style></head><body>
<h1>Casus: architecture comparison</h1>
<p>${data.battery.length} scenarios × ${data.architectures.length} architectures, ${(data.trials ?? 0).toLocaleString('en-US')} trials each, seed ${data.seed}. Reliability model <code>${esc(data.model.reliability.file)}</code> (sha256 ${data.model.reliability.sha256}), ${esc(data.model.reliability.form)}: ${esc(data.model.reliability.formula)}. Library ${data.model.library.sha256}. Whiskers are 95% Monte Carlo intervals (Wilson for probabilities, normal for means)${data.rows.some((r) => r.model) ? '; the pale band behind each is its 95% model interval, which adds the uncertainty of the fitted coefficients (each block of trials drew its own)' : ''}.</p>
${decisionLines(
  overridesOver((data.scenarios ?? []).map((s) => s.overrides)),
  'any scenario of the battery',
)
  .map((l) => `<p data-testid="decisions-used">${esc(l)}</p>`)
  .join('\n')}
${barChart('Deterrence: mean capability at the place, defending side / challenger side (LSG-adjusted)', data, 'deterrence', false)}
${barChart('P(the defending side outweighs the challenger at the place)', data, 'deterred', true)}
${barChart('Entanglement: expected states at war that were not attacked', data, 'entangled', false)}
${barChart('Escalation: P(the war draws in a second major power)', data, 'widened', true)}
${barChart('Nuclear: P(nuclear-armed states at war on both sides)', data, 'nuclearOpposed', true)}
${data.differences ? differencesTable(data.differences) : ''}
<p class="legend">Coverage shading, weakest to strongest: ${['constrained by domestic law', 'policy', 'permission', 'duty, discretionary', 'duty, consult first', 'duty, constitutional processes', 'duty, automatic'].map((l, i) => `<span style="background:${shade([0.5, 1, 2, 3, 4, 5, 6][i]!)}"></span> ${l}`).join(' ')}</p>
${data.architectures.map((a) => heatMap(data, a)).join('\n')}
${calibrationSection(data)}
<h3>Reliability parameters used</h3><p>Each parameter's source is of one of four kinds: fitted to history by <code>casus fit</code>, elicited from a published expert survey, cited from a published figure, or an assumption with no published estimate.</p><table><tr><th>parameter</th><th>value</th><th>source kind</th><th>source</th></tr>${params}</table>
</body></html>`;
}
