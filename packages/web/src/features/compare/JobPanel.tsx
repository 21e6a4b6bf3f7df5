/** The server-side comparison: choose trials and seed, start the job, watch progress, cancel, read the charts. */
import type { AgreementInput } from '@casus/core';
import { useEffect, useMemo, useState } from 'react';
import { GroupedBars } from '../charts/GroupedBars.tsx';
import { useWorkbench } from '../common/catalog-context.tsx';
import { BatterySummary } from './BatterySummary.tsx';
import { CalibrationPanel } from './CalibrationPanel.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { type MeasureRow, measuresOf, normalizeRows } from './normalize.ts';
import { doneText, type Plan, progressText } from './progress.ts';
import { baselineOf, batterySummary, type Names } from './summary.ts';
import { useFittedCalibration } from './use-fitted-calibration.ts';
import { useJob } from './use-job.ts';
import './compare.css';

/** The charts' headings, by the measure names `normalizeRows` gives. */
const CHART_TITLES: Record<string, string> = {
  deterrence: 'Deterrence: defending side’s capability ÷ challenger’s',
  deterred: 'P(deterred): the defending side outweighs the challenger',
  entanglement: 'Entangled states: at war without being attacked first',
  escalation: 'P(2nd major power) joins the war',
  'nuclear-armed on both sides': 'P(nuclear-armed states on both sides)',
  belligerents: 'Belligerents: states at war',
};

/** Seconds since `since`, ticking once a second while `on`. */
function useElapsed(since: number | undefined, on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [on]);
  return since === undefined ? 0 : Math.max(0, (now - since) / 1000);
}

/** What the chart's marks mean, by what the rows carry. */
function unitOf(rows: readonly MeasureRow[]): string {
  if (rows.some((r) => r.modelLo !== undefined))
    return 'mean; whiskers: 95% Monte Carlo interval; pale band: 95% model interval, with the coefficients’ uncertainty';
  return rows.some((r) => r.lo !== undefined) ? 'mean, whiskers: 95% interval' : 'value';
}

export function JobPanel({
  architectures,
  design,
  trials,
  seed,
  onSetup,
  onStart,
}: {
  architectures: string[];
  design?: AgreementInput | undefined;
  /** The run's trials and seed, kept by the view (in its URL). */
  trials: number;
  seed: number;
  onSetup: (setup: { trials?: number; seed?: number }) => void;
  /** Told when a run starts (the view adds a history entry). */
  onStart?: () => void;
}) {
  const { catalog } = useWorkbench();
  const { state, start, cancel } = useJob();
  const [plan, setPlan] = useState<Plan>({ trials, scenarios: 0, architectures: 0 });
  const rows = state.status === 'done' ? normalizeRows(state.result) : [];
  const baseline = state.status === 'done' ? baselineOf(state.result) : undefined;
  // The baseline first, then the answer's order.
  const series = [...new Set(rows.map((r) => r.architecture))].sort(
    (a, b) => Number(b === baseline) - Number(a === baseline),
  );
  const names: Names = useMemo(
    () => ({
      scenario: (id) => catalog.scenarios.find((s) => s.id === id)?.name ?? id,
      architecture: (id) => {
        const known = catalog.architectures.find((a) => a.id === id)?.name;
        if (known) return known;
        const [base, pact] = id.split('+');
        const baseName = catalog.architectures.find((a) => a.id === base)?.name ?? base;
        return pact ? `${baseName} + designed pact “${pact}”` : id;
      },
    }),
    [catalog],
  );
  const calibration = useFittedCalibration(state.status === 'done' ? state.result : undefined);
  const running = state.status === 'running' || state.status === 'starting';
  const elapsed = useElapsed(state.startedAt, running);
  const summary = (state.status === 'done' ? batterySummary(state.result, names) : []).sort(
    (a, b) => Number(b.architecture === baseline) - Number(a.architecture === baseline),
  );
  const took =
    state.finishedAt !== undefined && state.startedAt !== undefined
      ? (state.finishedAt - state.startedAt) / 1000
      : undefined;
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
            onChange={(e) => onSetup({ trials: Number(e.target.value) })}
            data-testid="trials"
          />
        </label>
        <label>
          Seed
          <input
            type="number"
            min={0}
            value={seed}
            onChange={(e) => onSetup({ seed: Number(e.target.value) })}
            data-testid="seed"
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={running || architectures.length === 0}
          onClick={() => {
            onStart?.();
            setPlan({
              trials,
              scenarios: catalog.scenarios.length,
              architectures: architectures.length + (design ? 1 : 0),
            });
            start({
              architectures,
              trials,
              seed,
              mode: 'probabilistic',
              extraAgreements: design ? [design as never] : undefined,
            });
          }}
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
            <span aria-live="polite" data-testid="job-progress-text">
              {progressText(state, plan, elapsed)}
            </span>
            <button type="button" onClick={cancel} data-testid="cancel-job">
              Cancel
            </button>
          </>
        )}
        <span aria-live="polite" data-testid="job-status">
          {state.status === 'cancelled' && 'Cancelled.'}
          {state.status === 'done' && doneText(state.result, took)}
          {state.error && ` ${state.error}`}
        </span>
      </div>
      {state.status === 'done' && summary.length > 0 && (
        <>
          <BatterySummary
            rows={summary}
            baseline={baseline}
            scenarios={(state.result as { battery?: unknown[] }).battery?.length ?? 0}
            trials={(state.result as { trials?: number }).trials ?? 0}
            names={names}
          />
          <ExportLinks result={state.result} names={names} calibration={calibration} />
        </>
      )}
      {rows.length > 0 && (
        <div className="charts job-charts">
          {measuresOf(rows).map((m) => (
            <GroupedBars
              key={m}
              title={CHART_TITLES[m] ?? m}
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
              groupLabel={names.scenario}
              seriesLabel={names.architecture}
              testId={`job-chart-${m}`}
            />
          ))}
        </div>
      )}
      {state.status === 'done' && <CalibrationPanel {...calibration} />}
    </section>
  );
}
