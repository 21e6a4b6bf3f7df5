/** The server-side comparison: choose trials and seed, start the job, watch progress, cancel, read the charts. */
import type { AgreementInput } from '@casus/core';
import { useState } from 'react';
import { GroupedBars } from '../charts/GroupedBars.tsx';
import { useWorkbench } from '../common/catalog-context.tsx';
import { CalibrationPanel } from './CalibrationPanel.tsx';
import { type MeasureRow, measuresOf, normalizeRows } from './normalize.ts';
import { useJob } from './use-job.ts';

/** What the chart's marks mean, by what the rows carry. */
function unitOf(rows: readonly MeasureRow[]): string {
  if (rows.some((r) => r.modelLo !== undefined))
    return 'mean; whiskers: 95% Monte Carlo interval; pale band: 95% model interval, with the coefficients’ uncertainty';
  return rows.some((r) => r.lo !== undefined) ? 'mean, whiskers: 95% interval' : 'value';
}

export function JobPanel({
  architectures,
  design,
}: {
  architectures: string[];
  design?: AgreementInput | undefined;
}) {
  const { catalog } = useWorkbench();
  const [trials, setTrials] = useState(2000);
  const [seed, setSeed] = useState(1);
  const { state, start, cancel } = useJob();
  const rows = state.status === 'done' ? normalizeRows(state.result) : [];
  const series = [...new Set(rows.map((r) => r.architecture))];
  const scenarioName = (id: string) => catalog.scenarios.find((s) => s.id === id)?.name ?? id;
  const running = state.status === 'running' || state.status === 'starting';
  return (
    <section aria-labelledby="job-title" className="compare-layout">
      <h3 id="job-title">Probabilistic comparison (on the server)</h3>
      <div className="compare-form">
        <label>
          Trials
          <input
            type="number"
            min={10}
            max={1_000_000}
            step={100}
            value={trials}
            onChange={(e) => setTrials(Number(e.target.value))}
            data-testid="trials"
          />
        </label>
        <label>
          Seed
          <input
            type="number"
            min={0}
            value={seed}
            onChange={(e) => setSeed(Number(e.target.value))}
            data-testid="seed"
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={running || architectures.length === 0}
          onClick={() =>
            start({
              architectures,
              trials,
              seed,
              mode: 'probabilistic',
              extraAgreements: design ? [design as never] : undefined,
            })
          }
          data-testid="start-job"
        >
          Start comparison
        </button>
        {running && (
          <>
            <progress
              max={state.total || 1}
              value={state.done}
              aria-label="Progress"
              data-testid="job-progress"
            />
            <span aria-live="polite">
              {state.done} of {state.total || '…'}
              {state.etaSeconds != null && ` · about ${Math.ceil(state.etaSeconds)} s left`}
            </span>
            <button type="button" onClick={cancel} data-testid="cancel-job">
              Cancel
            </button>
          </>
        )}
        <span aria-live="polite" data-testid="job-status">
          {state.status === 'cancelled' && 'Cancelled.'}
          {state.status === 'done' && `Done: ${rows.length} measures.`}
          {state.error && ` ${state.error}`}
        </span>
      </div>
      {rows.length > 0 && (
        <div className="charts">
          {measuresOf(rows).map((m) => (
            <GroupedBars
              key={m}
              title={m}
              unit={unitOf(rows.filter((r) => r.measure === m))}
              data={rows
                .filter((r) => r.measure === m)
                .map((r) => ({
                  group: r.scenario,
                  series: r.architecture,
                  value: r.value,
                  lo: r.lo,
                  hi: r.hi,
                  modelLo: r.modelLo,
                  modelHi: r.modelHi,
                }))}
              series={series}
              groupLabel={scenarioName}
              testId={`job-chart-${m}`}
            />
          ))}
        </div>
      )}
      {state.status === 'done' && <CalibrationPanel result={state.result} />}
    </section>
  );
}
