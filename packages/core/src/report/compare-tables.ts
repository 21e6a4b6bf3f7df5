/** The report's tables: the battery summary, the paired differences, P(entangled) per member, every scenario's measures, coverage and assumptions. */
import { stateName } from '../model/states.ts';
import type { CompareAnswer, MeasureSet, ReportNames } from './compare-answer.ts';
import { COMPARE_MEASURES, type CompareMeasureText } from './compare-measures.ts';
import { type EstimateLike, num, numDiff, pct, pctDiff } from './estimate-text.ts';
import { esc, estimateData } from './html.ts';
import { coverStrength, strongestCovers } from './strongest-covers.ts';

const formatOf = (m: Pick<CompareMeasureText, 'percent'>, difference: boolean) =>
  difference ? (m.percent ? pctDiff : numDiff) : m.percent ? pct : num;

/** One measure's cell: the estimate with its 95% interval, its model interval below when there is one. */
function cell(
  e: EstimateLike | undefined,
  model: EstimateLike | undefined,
  m: Pick<CompareMeasureText, 'percent'> & { key?: string },
  difference: boolean,
): string {
  const f = formatOf(m, difference);
  const modelText = model && f(model) !== '–' ? f(model).replace(/^.*? \[/, '[') : '';
  return `<td${m.key ? ` data-measure="${m.key}"` : ''}${estimateData(e)}${modelText ? estimateData(model, 'model-') : ''}><span class="estimate">${esc(f(e))}</span>${modelText ? `<br><small class="model-range">model ${esc(modelText)}</small>` : ''}</td>`;
}

const head = (first: string[]) =>
  `<thead><tr>${first.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}${COMPARE_MEASURES.map((m) => `<th scope="col" title="${esc(m.title)}">${esc(m.label)}</th>`).join('')}</tr></thead>`;

const measureCells = (r: MeasureSet & { model?: MeasureSet | undefined }, difference: boolean) =>
  COMPARE_MEASURES.map((m) => cell(r[m.key], r.model?.[m.key], m, difference)).join('');

const archHead = (id: string, names: ReportNames) =>
  `<th scope="row" title="${esc(id)}">${esc(names.architecture(id))}</th>`;

/** Per architecture over the battery: every measure with its 95% interval (and model interval). */
export function summaryTable(a: CompareAnswer, names: ReportNames): string {
  const rows = a.battery_totals.map(
    (t) =>
      `<tr data-architecture="${esc(t.architecture)}">${archHead(t.architecture, names)}${measureCells(t, false)}</tr>`,
  );
  return `<table data-testid="summary-table">${head(['Architecture'])}<tbody>${rows.join('')}</tbody></table>`;
}

/** Each architecture's paired difference from the baseline: over the battery, then per scenario. */
export function differenceTables(
  d: NonNullable<CompareAnswer['differences']>,
  names: ReportNames,
): string {
  const battery = d.battery.map(
    (r) =>
      `<tr data-architecture="${esc(r.architecture)}">${archHead(r.architecture, names)}${measureCells(r, true)}</tr>`,
  );
  const rows = d.rows.map(
    (r) =>
      `<tr data-architecture="${esc(r.architecture)}" data-scenario="${esc(r.scenario)}"><td title="${esc(r.scenario)}">${esc(names.scenario(r.scenario))}</td>${archHead(r.architecture, names)}${measureCells(r, true)}</tr>`,
  );
  return `<table data-testid="difference-table">${head(['Architecture'])}<tbody>${battery.join('')}</tbody></table>
<h3>Per scenario</h3>
<table data-testid="difference-scenarios">${head(['Scenario', 'Architecture'])}<tbody>${rows.join('')}</tbody></table>`;
}

/** P(entangled) per member: states down, architectures across; with `differences`, each architecture's paired difference. */
export function memberTable(
  a: CompareAnswer,
  members: readonly string[],
  names: ReportNames,
  differences = false,
): string {
  const cols = differences ? (a.differences?.battery ?? []) : a.battery_totals;
  const p = { percent: true };
  const rows = members.map(
    (m) =>
      `<tr data-state="${esc(m)}"><th scope="row" title="${esc(m)}">${esc(stateName(m))}</th>${cols.map((c) => cell(c.entanglement?.[m], c.model?.entanglement?.[m], p, differences)).join('')}</tr>`,
  );
  const heads = cols.map(
    (c) =>
      `<th scope="col" title="${esc(c.architecture)}">${esc(names.architecture(c.architecture))}</th>`,
  );
  return `<table data-testid="${differences ? 'member-differences' : 'member-entanglement'}"><thead><tr><th scope="col">State</th>${heads.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** One table per measure: scenarios down, architectures across, as `casus compare` prints them. */
export function scenarioTables(a: CompareAnswer, names: ReportNames): string {
  const heads = a.architectures.map(
    (id) => `<th scope="col" title="${esc(id)}">${esc(names.architecture(id))}</th>`,
  );
  return COMPARE_MEASURES.map((m) => {
    const rows = a.battery.map((s) => {
      const cells = a.architectures.map((id) => {
        const r = a.rows.find((x) => x.scenario === s && x.architecture === id);
        return r ? cell(r[m.key], r.model?.[m.key], m, false) : '<td>–</td>';
      });
      return `<tr data-scenario="${esc(s)}"><th scope="row" title="${esc(s)}">${esc(names.scenario(s))}</th>${cells.join('')}</tr>`;
    });
    return `<h3>${esc(m.label)}: ${esc(m.title)}</h3><table data-testid="scenario-table-${m.key}"><thead><tr><th scope="col">Scenario</th>${heads.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }).join('\n');
}

/** Who must (or may) act for whom when each scenario's first event happens, per architecture. */
export function coverageTable(a: CompareAnswer, names: ReportNames): string {
  const rows = a.battery.flatMap((s) =>
    a.architectures.map((id) => {
      const covers = strongestCovers(
        a.coverage.filter((c) => c.scenario === s && c.architecture === id),
      );
      const text =
        covers.length === 0
          ? 'nobody'
          : covers
              .map(
                (c) =>
                  `${stateName(c.obligor)} → ${stateName(c.beneficiary)} (${c.agreement} ${c.article}, ${coverStrength(c)})`,
              )
              .join('; ');
      return `<tr data-scenario="${esc(s)}" data-architecture="${esc(id)}"><td title="${esc(s)}">${esc(names.scenario(s))}</td><td title="${esc(id)}">${esc(names.architecture(id))}</td><td>${esc(text)}</td></tr>`;
    }),
  );
  return `<table data-testid="coverage-table"><thead><tr><th scope="col">Scenario</th><th scope="col">Architecture</th><th scope="col">Obligor → beneficiary, by</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const assumptionText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : Array.isArray(v)
      ? v.map(assumptionText).join(' ')
      : JSON.stringify(v);

const isEmpty = (v: unknown) =>
  v === undefined || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** Each scenario's assumptions as the run held them, one line per assumption. */
export function assumptionsTable(a: CompareAnswer, names: ReportNames): string {
  const rows = a.battery.map((s) => {
    const own = (a.assumptions?.[s] ?? {}) as Record<string, unknown>;
    const lines = Object.entries(own)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => `<li><code>${esc(k)}</code>: ${esc(assumptionText(v))}</li>`);
    return `<tr><td title="${esc(s)}">${esc(names.scenario(s))}</td><td><ul>${lines.join('')}</ul></td></tr>`;
  });
  return `<table data-testid="assumptions-table"><thead><tr><th scope="col">Scenario</th><th scope="col">Assumptions</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
