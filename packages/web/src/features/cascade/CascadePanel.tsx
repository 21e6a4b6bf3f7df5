/** The cascade: run it strict or honoured, then step through the rounds as the sides form on the map. */
import type { CascadeMode, CascadeResult, EventInput, Issue } from '@casus/core';
import { useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { Setup } from '../../engine/protocol.ts';
import { useWorkbench } from '../common/catalog-context.tsx';
import { IssueList } from '../common/IssueList.tsx';
import { BasesInReach } from './BasesInReach.tsx';
import { baseLink } from './basing.ts';
import { sidesAt } from './rounds.ts';

export function CascadePanel(props: {
  setup: Setup;
  events: EventInput[];
  /** The mode, and whether the cascade stands run: both kept by the view (in its URL). */
  mode: CascadeMode;
  ran: boolean;
  onMode: (mode: CascadeMode) => void;
  /** Told when the user runs the cascade. */
  onRun: () => void;
  onFills: (fills: Record<string, string> | undefined) => void;
  /** Told of each result, so the view can offer the basing hosts and mark the bases on the map. */
  onResult?: ((result: CascadeResult | undefined) => void) | undefined;
}) {
  const { name } = useWorkbench();
  const { mode, ran, onFills, onResult, onRun } = props;
  const [answer, setAnswer] = useState<{ result?: CascadeResult; mode: CascadeMode }>();
  const result = answer?.result;
  const [issues, setIssues] = useState<Issue[]>([]);
  const [round, setRound] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (result) onFills(sidesAt(result.entries, round));
  }, [result, round, onFills]);

  useEffect(() => {
    if (!playing || !result) return;
    if (round >= result.rounds) return setPlaying(false);
    const t = setTimeout(() => setRound((r) => r + 1), 900);
    return () => clearTimeout(t);
  }, [playing, round, result]);

  /** Runs the cascade; `replay` (a reloaded or shared link, Back or Forward) shows its last round at once. */
  const run = async (replay: boolean) => {
    setBusy(true);
    try {
      const r = await engine.call('runCascade', { ...props.setup, events: props.events, mode });
      setIssues(r.issues);
      setAnswer({ result: r.result, mode });
      onResult?.(r.result);
      const last = r.result?.rounds ?? 0;
      setRound(replay ? last : 0);
      setPlaying(!replay && last > 0);
      if (!replay) onRun();
    } catch (e) {
      setIssues([
        { code: 'invalid_event', severity: 'error', pointer: '', message: (e as Error).message },
      ]);
    } finally {
      setBusy(false);
    }
  };

  // The URL says the cascade stands run (in this mode) or not: the panel follows it.
  const stale = ran ? answer?.mode !== mode : answer !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when what the URL says changes, not on every new closure
  useEffect(() => {
    if (!stale || busy) return;
    if (ran && props.events.length > 0) run(true);
    else if (!ran) {
      setAnswer(undefined);
      setIssues([]);
      onResult?.(undefined);
      onFills(undefined);
    }
  }, [stale, ran, mode, busy]);

  const max = result?.rounds ?? 0;
  return (
    <section className="cascade" aria-labelledby="cascade-title" data-testid="cascade">
      <h3 id="cascade-title">Cascade</h3>
      <div className="cascade-controls">
        <fieldset className="check-row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="muted">Mode</legend>
          {(['strict', 'honoured'] as const).map((m) => (
            <label
              key={m}
              className="inline"
              title={
                m === 'strict'
                  ? 'only automatic duties bring a state in'
                  : 'every defence duty is honoured'
              }
            >
              <input
                type="radio"
                name="cascade-mode"
                value={m}
                checked={mode === m}
                onChange={() => props.onMode(m)}
                data-testid={`mode-${m}`}
              />
              {m}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="primary"
          onClick={() => run(false)}
          disabled={busy || props.events.length === 0}
          data-testid="run-cascade"
        >
          {busy ? 'Running…' : 'Run cascade'}
        </button>
        {result && (
          <>
            <button
              type="button"
              onClick={() => setRound((r) => Math.max(0, r - 1))}
              disabled={round === 0}
              aria-label="Previous round"
            >
              ◀
            </button>
            <input
              type="range"
              min={0}
              max={max}
              value={round}
              onChange={(e) => {
                setPlaying(false);
                setRound(Number(e.target.value));
              }}
              aria-label="Round"
              data-testid="round-slider"
            />
            <button
              type="button"
              onClick={() => setRound((r) => Math.min(max, r + 1))}
              disabled={round >= max}
              aria-label="Next round"
            >
              ▶
            </button>
            <button
              type="button"
              onClick={() => {
                if (round >= max) setRound(0);
                setPlaying(round >= max || !playing);
              }}
            >
              {playing ? 'Pause' : 'Play'}
            </button>
            <span aria-live="polite" data-testid="round-label">
              Round {round} of {max}
            </span>
          </>
        )}
      </div>
      <IssueList issues={issues} sentences testId="cascade-issues" />
      {result && (
        <table data-testid="cascade-table">
          <caption className="muted" style={{ textAlign: 'left' }}>
            {result.entries.length} states at war after {max} round(s) ({answer?.mode} mode)
          </caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">State</th>
              <th scope="col">Side</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((e) => (
              <tr
                key={e.state}
                className={e.round > round ? 'future' : e.round === round ? 'current' : ''}
                data-testid={`entry-${e.state}`}
                data-round={e.round}
                data-side={e.side}
                data-base={e.base}
              >
                <td>{e.round}</td>
                <td>{name(e.state)}</td>
                <td className={`side-${e.side}`}>{e.side}</td>
                <td>
                  {e.base && (
                    <div className="base-link" data-testid={`base-link-${e.state}`}>
                      {baseLink(e, result.basing)}
                    </div>
                  )}
                  {e.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result?.basing && result.basing.length > 0 && <BasesInReach basing={result.basing} />}
    </section>
  );
}
