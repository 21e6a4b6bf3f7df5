/** The self-contained HTML report of an architecture comparison, for `casus compare --report` and the workbench's export: everything the CLI prints, charts and heat maps inline, no external file. */

import { stateName } from '../model/states.ts';
import { decisionLines, overridesOver } from '../sim/decision-lines.ts';
import type { ModelCalibration } from '../sim/fitted-calibration.ts';
import { sourceSummary } from '../sim/parameter-sources.ts';
import { barChart } from './bar-chart.ts';
import { reliabilitySection } from './calibration-section.ts';
import { type CompareAnswer, type ReportNames, reportMembers } from './compare-answer.ts';
import { COMPARE_MEASURES } from './compare-measures.ts';
import {
  assumptionsTable,
  coverageTable,
  differenceTables,
  memberTable,
  scenarioTables,
  summaryTable,
} from './compare-tables.ts';
import { COVER_SHADES, heatMap, shade } from './heat-map.ts';
import { esc } from './html.ts';
import { REPORT_STYLE } from './report-style.ts';

export interface CompareReportOptions {
  names: ReportNames;
  /** The calibration to show beside the model: the used file's, the library's fitted file's, or none. */
  calibration: ModelCalibration | null;
}

/** The run's stamp: battery, trials, seed, reliability file, library, capability, parameter sources, the user's decisions. */
function stamp(a: CompareAnswer): string {
  const r = a.model.reliability;
  const decisions = decisionLines(
    overridesOver((a.scenarios ?? []).map((s) => s.overrides)),
    'any scenario of the battery',
  );
  return `<p data-testid="stamp">${a.battery.length} scenarios × ${a.architectures.length} architectures, ${(a.trials ?? 0).toLocaleString('en-US')} trials each, seed ${a.seed}. Reliability model <code>${esc(r.file)}</code> (sha256 ${esc(r.sha256)}), ${esc(r.form)}: ${esc(r.formula)}. Library ${esc(a.model.library.sha256)}.${a.model.capability ? ` Capability: ${esc(a.model.capability)}.` : ''}${a.model.majorPowers ? ` Major powers: ${esc(a.model.majorPowers)}.` : ''}</p>
<p>Parameter sources: ${esc(sourceSummary(r.sources))}.</p>
${decisions.map((l) => `<p data-testid="decisions-used">${esc(l)}</p>`).join('\n')}`;
}

/** One chart per measure, every scenario by its full name, every architecture by its name. */
function charts(a: CompareAnswer, names: ReportNames): string {
  const groups = a.battery.map((id) => ({ id, name: names.scenario(id) }));
  const series = a.architectures.map((id) => ({ id, name: names.architecture(id) }));
  return COMPARE_MEASURES.map((m) =>
    barChart({
      title: `${m.label}: ${m.title}`,
      percent: m.percent,
      groups,
      series,
      bars: a.rows.map((r) => ({
        group: r.scenario,
        series: r.architecture,
        estimate: r[m.key],
        model: r.model?.[m.key],
      })),
      testId: `chart-${m.key}`,
    }),
  ).join('\n');
}

function coverageSection(a: CompareAnswer, names: ReportNames): string {
  const legend = COVER_SHADES.map(
    (s) => `<span class="swatch" style="background:${shade(s.rank)}"></span> ${esc(s.label)}`,
  ).join(' ');
  const maps = a.architectures.map((id) =>
    heatMap(
      a.coverage.filter((c) => c.architecture === id),
      names.architecture(id),
      stateName,
      names.scenario,
    ),
  );
  return `<section data-testid="coverage"><h2 id="coverage">Coverage: who must (or may) act for whom when the first event happens</h2>
${coverageTable(a, names)}
<h3>Heat maps: obligors down, beneficiaries across, over the battery</h3>
<p class="legend">Shading, weakest to strongest: ${legend}</p>
<div class="heat-maps">${maps.join('\n')}</div></section>`;
}

/**
 * The whole report as one HTML string.
 * @example writeFileSync('out.html', renderCompareReport(answer, {names, calibration: null}))
 */
export function renderCompareReport(a: CompareAnswer, o: CompareReportOptions): string {
  const { names } = o;
  const members = reportMembers(a);
  const modelled = a.battery_totals.some((t) => t.model);
  const d = a.differences;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Casus: architecture comparison</title>
<style>${REPORT_STYLE}</style></head><body><main>
<h1>Casus: architecture comparison</h1>
${stamp(a)}
<section data-testid="battery-summary"><h2 id="summary">Over the battery</h2>
<p>Each scenario weighs the same. Under each estimate, its 95% Monte Carlo interval (Wilson for probabilities, normal for means)${modelled ? '; below it, “model”, the 95% model interval, which adds the uncertainty of the fitted coefficients (each block of trials drew its own)' : '; no model intervals (the run drew no coefficients)'}.</p>
${summaryTable(a, names)}
${d ? `<h2 id="difference">Difference from ${esc(names.architecture(d.baseline))}, paired</h2><p>Every architecture drew the same random numbers, trial by trial, within each scenario, so each interval is that of the difference itself (95%); probabilities differ in percentage points.</p>${differenceTables(d, names)}` : ''}
</section>
<section data-testid="members"><h2 id="members">P(entangled) by member, over the scenarios in which it was not attacked</h2>
${memberTable(a, members, names)}
${d ? `<h3>Difference from ${esc(names.architecture(d.baseline))}, paired</h3>${memberTable(a, members, names, true)}` : ''}
</section>
<section data-testid="scenarios"><h2 id="scenarios">Every scenario</h2>
<p>Bars are means; whiskers their 95% Monte Carlo intervals${modelled ? '; the pale band behind each bar its 95% model interval' : ''}. Hover a bar for its numbers.</p>
${charts(a, names)}
${scenarioTables(a, names)}
</section>
${coverageSection(a, names)}
<section data-testid="assumptions"><h2 id="assumptions">Assumptions of each scenario</h2>
${assumptionsTable(a, names)}
</section>
${reliabilitySection(a.model.reliability, o.calibration)}
</main></body></html>`;
}
