/** The effect on the battery: who is obliged and who goes to war, without and with the designed pact. */
import { Fragment } from 'react';
import type { BatteryRow } from '../../engine/protocol.ts';
import { NullEffect } from './NullEffect.tsx';
import './designer.css';

function Diff({ before, after, testId }: { before: string[]; after: string[]; testId: string }) {
  const gained = after.filter((s) => !before.includes(s));
  const lost = before.filter((s) => !after.includes(s));
  return (
    <td
      className={gained.length || lost.length ? 'changed' : ''}
      data-testid={testId}
      data-states={after.join(' ')}
    >
      {after.filter((s) => !gained.includes(s)).join(', ')}
      {gained.length > 0 && <span className="gain"> +{gained.join(', +')}</span>}
      {lost.length > 0 && <span className="loss"> −{lost.join(', −')}</span>}
      {after.length === 0 && lost.length === 0 && '—'}
    </td>
  );
}

export function EffectTable({
  rows,
  base,
  traceLink,
}: {
  rows: BatteryRow[];
  base: string;
  /** The scenario builder's link for a scenario with the pact added, where its trace is read. */
  traceLink: (scenario: string) => string;
}) {
  const warring = (o: BatteryRow['base']) =>
    o.entered
      .filter((e) => e.round > 0)
      .map((e) => `${e.state}${e.side === 'attacker' ? '⚔' : ''}`);
  return (
    <table className="effect" data-testid="effect-table">
      <caption className="muted" style={{ textAlign: 'left' }}>
        Under {base}, then with the designed pact added (honoured mode). Green: states the pact
        adds; red: states it removes. ⚔ marks the attacking side. Under a scenario the pact changes
        nothing in, the engine says why: the condition that failed for each of its obligations.
      </caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Obliged to defend: {base}</th>
          <th scope="col">… with the pact</th>
          <th scope="col">Join the war: {base}</th>
          <th scope="col">… with the pact</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Fragment key={r.scenario}>
            <tr data-testid={`effect-${r.scenario}`}>
              <th scope="row">
                <a
                  href={traceLink(r.scenario)}
                  title="Open in the scenario builder with the pact added, to read each trace"
                  data-testid={`trace-${r.scenario}`}
                >
                  {r.name}
                </a>
              </th>
              <td>{r.base.obliged.join(', ') || '—'}</td>
              <Diff
                before={r.base.obliged}
                after={r.design.obliged}
                testId={`obliged-${r.scenario}`}
              />
              <td>{warring(r.base).join(', ') || '—'}</td>
              <Diff
                before={warring(r.base)}
                after={warring(r.design)}
                testId={`war-${r.scenario}`}
              />
            </tr>
            {!r.changed && (
              <tr>
                <td colSpan={5}>
                  <NullEffect row={r} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
