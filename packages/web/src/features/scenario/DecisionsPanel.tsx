/** A library scenario's Monte Carlo on the server, with a slider per decision that sets your own probability and re-runs. */
import { useEffect, useRef, useState } from 'react';
import { useWorkbench } from '../common/catalog-context.tsx';
import { codeTitle } from '../common/labels.ts';
import { useJob } from '../compare/use-job.ts';
import { decisionRows } from './decision-rows.ts';

interface Estimate {
  value: number;
  low: number;
  high: number;
}

interface SimulateAnswer {
  result: {
    trials: number;
    states: { state: string; enter: Estimate; round0: boolean }[];
    obligations: Parameters<typeof decisionRows>[0];
    overrides: { decision: string; p: number; edges: number }[];
    projection?: {
      rule: 'capital' | 'bases';
      from: { state: string; name?: string; km: number }[];
    };
  };
}

/** Where the shown states' capability at the place was measured from, as the CLI prints it. */
function projectionText(answer: SimulateAnswer, shown: readonly string[]): string {
  const p = answer.result.projection;
  if (!p) return '';
  const from = shown
    .flatMap((s) => p.from.filter((f) => f.state === s))
    .map((f) => `${f.state} from ${f.name ?? 'its capital'}, ${f.km.toLocaleString('en-US')} km`);
  return `capability at the place measured from (projection ${p.rule}): ${from.join('; ')}`;
}

const pct = (e: Estimate) =>
  `${(100 * e.value).toFixed(1)}% [${(100 * e.low).toFixed(1)}–${(100 * e.high).toFixed(1)}]`;

/** How long a slider rests before the run starts again, so dragging it runs once. */
const SETTLE_MS = 350;

export function DecisionsPanel({
  scenario,
  architecture,
}: {
  scenario: string;
  architecture: string;
}) {
  const { name, catalog } = useWorkbench();
  const shortName = (id: string) => catalog.agreements.find((a) => a.id === id)?.shortName ?? id;
  const { state, start, cancel } = useJob();
  // A run still going is stopped when a new one starts (the server runs two jobs at most); one
  // that has finished is left alone (the server answers 409 to cancelling it).
  const cancelRunning = useRef(cancel);
  cancelRunning.current = state.status === 'running' ? cancel : async () => undefined;
  const [decisions, setDecisions] = useState<Record<string, number>>({});
  // The slider rows come from the first answer, so a decision set to 0 keeps its slider.
  const [rows, setRows] = useState<ReturnType<typeof decisionRows>>([]);
  useEffect(() => {
    // The cancel is awaited so the server has freed the old run's slot before the new one asks.
    const timer = setTimeout(async () => {
      await cancelRunning.current();
      void start({ scenario, architecture, trials: 2000, seed: 1, decisions });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [scenario, architecture, decisions, start]);
  const answer = state.status === 'done' ? (state.result as SimulateAnswer) : undefined;
  useEffect(() => {
    if (answer && rows.length === 0) setRows(decisionRows(answer.result.obligations));
  }, [answer, rows.length]);
  const used = answer ? decisionRows(answer.result.obligations) : [];
  const shown = answer ? answer.result.states.filter((s) => s.round0 || s.enter.value >= 0.01) : [];
  const set = (decision: string, p: number | undefined) =>
    setDecisions((d) => {
      const { [decision]: _, ...rest } = d;
      return p === undefined ? rest : { ...rest, [decision]: p };
    });
  return (
    <section aria-labelledby="decisions-title" data-testid="decisions-panel">
      <h3 id="decisions-title">Probabilities (Monte Carlo on the server, 2,000 trials, seed 1)</h3>
      <p>
        Each slider states your own probability that the obligor acts for the beneficiary, in place
        of the reliability model's, for every clause between them, as <code>--decide</code> does;
        the answer runs again when you let go.
      </p>
      <span aria-live="polite" data-testid="decisions-status">
        {state.status === 'running' || state.status === 'starting' ? 'Running…' : ''}
        {state.error && ` ${state.error}`}
      </span>
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>decision</th>
              <th>agreements</th>
              <th>model p</th>
              <th>your p</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const mine = decisions[r.decision];
              return (
                <tr key={r.decision}>
                  <td>
                    {name(r.obligor)} → {name(r.beneficiary)}
                  </td>
                  <td>
                    {r.agreements.map((id, i) => (
                      <span key={id} title={codeTitle(id)}>
                        {i > 0 && ', '}
                        {shortName(id)}
                      </span>
                    ))}
                  </td>
                  <td>{r.model.toFixed(3)}</td>
                  <td>
                    <input
                      type="range"
                      min={0}
                      max={1}
                      step={0.05}
                      value={mine ?? used.find((u) => u.decision === r.decision)?.used ?? r.model}
                      aria-label={`your probability that ${name(r.obligor)} acts for ${name(r.beneficiary)}`}
                      onChange={(e) => set(r.decision, Number(e.target.value))}
                      data-testid={`decide-${r.decision}`}
                    />{' '}
                    {mine === undefined ? (
                      'model'
                    ) : (
                      <>
                        {mine.toFixed(2)}{' '}
                        <button type="button" onClick={() => set(r.decision, undefined)}>
                          model
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {answer && (
        <>
          <p data-testid="decisions-used">
            {answer.result.overrides.length === 0
              ? 'decisions: the model’s throughout'
              : `decisions (yours, not the model’s): ${answer.result.overrides.map((o) => `${o.decision} ${o.p}`).join(', ')}`}
          </p>
          <table data-testid="decisions-states">
            <thead>
              <tr>
                <th>state</th>
                <th>P(at war) [95%]</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.state} data-state={s.state} data-enter={s.enter.value}>
                  <td>{name(s.state)}</td>
                  <td>{pct(s.enter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="decisions-projection">
            {projectionText(
              answer,
              shown.map((s) => s.state),
            )}
          </p>
        </>
      )}
    </section>
  );
}
