/** The comparison's headline: per architecture, the battery totals with 95% intervals, then the paired difference from the baseline. */
import { COMPARE_MEASURES } from '@casus/core';
import { type Est, formatEstimate, formatValue, type Names, type SummaryRow } from './summary.ts';

function Cell({
  e,
  model,
  percent,
  signed,
  measure,
}: {
  e: Est;
  model?: Est | undefined;
  percent: boolean;
  signed?: boolean;
  measure: string;
}) {
  const hasModel = model && model.low !== null && model.high !== null;
  return (
    <td
      data-measure={measure}
      data-value={e.value ?? ''}
      data-low={e.low ?? ''}
      data-high={e.high ?? ''}
      data-model-low={hasModel ? model.low! : ''}
      data-model-high={hasModel ? model.high! : ''}
    >
      <span className="estimate">{formatEstimate(e, percent, signed)}</span>
      {hasModel && (
        <small
          className="model-range"
          title="95% model interval: Monte Carlo and the fitted coefficients’ uncertainty together"
        >
          model {formatValue(model.low, percent, signed)} to{' '}
          {formatValue(model.high, percent, signed)}
        </small>
      )}
    </td>
  );
}

function Head({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {COMPARE_MEASURES.map((m) => (
          <th scope="col" key={m.key} title={m.title}>
            {m.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One row per architecture, one cell per measure: the totals, or the differences from the baseline (`signed`). */
function MeasureTable({
  testId,
  rows,
  values,
  signed,
}: {
  testId: string;
  rows: readonly SummaryRow[];
  values: (r: SummaryRow) => { e?: SummaryRow['totals'] | undefined; model?: SummaryRow['model'] };
  signed?: boolean;
}) {
  return (
    <div className="table-scroll">
      <table className="summary-table" data-testid={testId}>
        <Head first="Architecture" />
        <tbody>
          {rows.map((r) => {
            const { e, model } = values(r);
            return (
              <tr key={r.architecture} data-architecture={r.architecture}>
                <th scope="row" title={r.architecture}>
                  {r.name}
                </th>
                {COMPARE_MEASURES.map((m) => (
                  <Cell
                    key={m.key}
                    measure={m.key}
                    e={e![m.key]}
                    model={model?.[m.key]}
                    percent={m.percent}
                    signed={signed}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function BatterySummary({
  rows,
  baseline,
  scenarios,
  trials,
  names,
}: {
  rows: readonly SummaryRow[];
  baseline?: string | undefined;
  scenarios: number;
  trials: number;
  names: Names;
}) {
  const differences = rows.filter((r) => r.difference && r.architecture !== baseline);
  const modelled = rows.some((r) => r.model);
  return (
    <section
      aria-labelledby="summary-title"
      className="battery-summary"
      data-testid="battery-summary"
    >
      <h4 id="summary-title">Over the battery</h4>
      <p className="caption">
        {scenarios} scenarios, each weighing the same; {trials.toLocaleString('en-US')} trials per
        scenario and architecture. Each cell: mean (95% Monte Carlo interval)
        {modelled ? '; below it, the 95% model interval with the coefficients’ uncertainty' : ''}.
      </p>
      <MeasureTable
        testId="summary-table"
        rows={rows}
        values={(r) => ({ e: r.totals, model: r.model })}
      />
      {baseline !== undefined && differences.length > 0 && (
        <>
          <h4 id="difference-title">
            Difference from{' '}
            <span title={baseline} data-testid="summary-baseline">
              {names.architecture(baseline)}
            </span>
          </h4>
          <p className="caption">
            Architecture minus the baseline, each scenario run on the same random numbers under
            both; mean (95% paired interval), probabilities in percentage points (pp). An interval
            that excludes 0 is a difference the run resolves.
          </p>
          <MeasureTable
            testId="difference-table"
            rows={differences}
            values={(r) => ({ e: r.difference, model: r.differenceModel })}
            signed
          />
        </>
      )}
    </section>
  );
}
