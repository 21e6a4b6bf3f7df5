/** The server's sensitivity run: one reliability parameter at a time over its range, drawn as a tornado per architecture (`casus sensitivity`'s answer). */
import type { Estimate, RangeRule, TornadoRow } from '@casus/core';
import { useState } from 'react';
import { Tornado } from '../charts/Tornado.tsx';
import { useWorkbench } from '../common/catalog-context.tsx';
import { defaultArchitecture } from '../common/defaults.ts';
import { SelectField } from '../common/SelectField.tsx';
import { ArchitectureField } from '../common/SetupFields.tsx';
import { useJob } from './use-job.ts';

/** What the panel reads of the job's answer. */
interface SensitivityAnswer {
  measureTitle: string;
  trials: number;
  rule: RangeRule;
  cost: { runs: number; trials: number };
  fixed: string[];
  tornado: { architecture: string; point: Estimate; rows: TornadoRow[] }[];
}

const MEASURES = [
  { value: 'deterrence', label: 'deterrence' },
  { value: 'entanglement', label: 'entanglement' },
  { value: 'escalation', label: 'escalation' },
  { value: 'p', label: 'P(a state enters)' },
];

export function SensitivityPanel() {
  const { catalog } = useWorkbench();
  const [architecture, setArchitecture] = useState(() => defaultArchitecture(catalog));
  const [measure, setMeasure] = useState('deterrence');
  const [state, setState] = useState('USA');
  const [trials, setTrials] = useState(1024);
  const { state: job, start, cancel } = useJob();
  const running = job.status === 'running' || job.status === 'starting';
  const answer = job.status === 'done' ? (job.result as SensitivityAnswer) : undefined;
  const measureParam = measure === 'p' ? `p:${state.trim().toUpperCase()}` : measure;
  return (
    <section aria-labelledby="sensitivity-title" className="compare-layout">
      <h3 id="sensitivity-title">Sensitivity to the reliability model (on the server)</h3>
      <p className="note">
        Each parameter of the reliability model at the low and the high of its range (a fitted
        coefficient over its estimate ± 1.96 standard errors, an assumption over a stated rule), the
        others at their point values, every run on the same random numbers: the bars are sorted by
        how far they move the measure over the battery.
      </p>
      <div className="compare-form">
        <ArchitectureField
          value={architecture}
          onChange={setArchitecture}
          testId="sensitivity-architecture"
        />
        <SelectField
          label="Measure"
          value={measure}
          choices={MEASURES}
          onChange={setMeasure}
          testId="sensitivity-measure"
        />
        {measure === 'p' && (
          <label>
            State
            <input
              value={state}
              maxLength={3}
              size={4}
              onChange={(e) => setState(e.target.value)}
              data-testid="sensitivity-state"
            />
          </label>
        )}
        <label>
          Trials per run
          <input
            type="number"
            min={64}
            max={20_000}
            step={64}
            value={trials}
            onChange={(e) => setTrials(Number(e.target.value))}
            data-testid="sensitivity-trials"
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={running || !architecture}
          onClick={() => start({ architectures: [architecture], measure: measureParam, trials })}
          data-testid="start-sensitivity"
        >
          Run sensitivity
        </button>
        {running && (
          <>
            <progress max={job.total || 1} value={job.done} aria-label="Sensitivity progress" />
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </>
        )}
        <span aria-live="polite" data-testid="sensitivity-status">
          {job.status === 'cancelled' && 'Cancelled.'}
          {answer &&
            `Done: ${answer.cost.runs} runs of the battery, ${answer.cost.trials.toLocaleString('en-US')} trials.`}
          {job.error && ` ${job.error}`}
        </span>
      </div>
      {answer && (
        <>
          <p className="note" data-testid="sensitivity-rule">
            Ranges: fitted coefficients ± {answer.rule.seMultiple} standard errors; assumed log-odds
            shifts ± {answer.rule.logit}; assumed probabilities ± {answer.rule.logit} on the
            log-odds scale; assumed slopes and bounds × (1 ± {answer.rule.scale}).
            {answer.fixed.length > 0 && ` Not moved: ${answer.fixed.join(', ')}.`} Parameter draws
            off; {answer.trials.toLocaleString('en-US')} trials per scenario in each run.
          </p>
          <div className="charts">
            {answer.tornado.map((t) => (
              <Tornado
                key={t.architecture}
                title={`${t.architecture}: ${answer.measureTitle} (${t.point.value.toPrecision(3)} at the point values)`}
                rows={t.rows}
                point={t.point.value}
                testId={`tornado-${t.architecture}`}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
