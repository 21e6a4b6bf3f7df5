/** The report's reliability section: the file every answer used, its parameters with their sources, and reliability diagrams of the fitted model's calibration. */
import {
  type CalibrationChart,
  calibrationNote,
  layoutCalibration,
  type UsedReliability,
} from '../analytics/calibration-chart.ts';
import type { ModelCalibration } from '../sim/fitted-calibration.ts';
import type { ParameterSource } from '../sim/parameter-sources.ts';
import { esc, PALETTE } from './html.ts';

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

/**
 * The reliability file every answer used, the calibration shown for it (or why there is none), and every parameter with its source.
 * @example reliabilitySection(answer.model.reliability, calibration)
 */
export function reliabilitySection(
  used: UsedReliability & { sources: readonly ParameterSource[] },
  calibration: ModelCalibration | null,
): string {
  const note = calibrationNote(used, calibration);
  const params = used.sources
    .map(
      (p) =>
        `<tr data-kind="${p.kind}"><td>${esc(p.parameter)}</td><td>${p.value}</td><td>${p.kind}</td><td>${esc(p.source)}</td></tr>`,
    )
    .join('');
  return `<h2 id="reliability">Reliability model and its calibration</h2>
<p data-testid="reliability-used">${esc(note.used)}</p>
<p>${esc(note.shown)} Each dot is a decile of the out-of-sample forecasts, its area in proportion to its cases, its whisker the 95% Wilson interval of the observed share; a calibrated model's dots lie on the dashed diagonal.</p>
<div class="calibrations">${note.charts.map(calibrationSvg).join('')}</div>
<h3>Reliability parameters used</h3><p>Each parameter's source is of one of four kinds: fitted to history by <code>casus fit</code>, elicited from a published expert survey, cited from a published figure, or an assumption with no published estimate.</p><table data-testid="parameters"><thead><tr><th scope="col">parameter</th><th scope="col">value</th><th scope="col">source kind</th><th scope="col">source</th></tr></thead><tbody>${params}</tbody></table>`;
}
