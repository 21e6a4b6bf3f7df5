/** Why the designed pact changes nothing in a scenario: each of its obligations with the failing condition, in the engine's words. */
import type { BatteryRow } from '../../engine/protocol.ts';

function LawNote({ law }: { law: NonNullable<BatteryRow['idle'][number]['law']> }) {
  return (
    <p className="law" data-testid="null-effect-law">
      {law.name}: {law.summary} <cite>Source: {law.sources.join('; ')}</cite>
    </p>
  );
}

export function NullEffect({ row }: { row: BatteryRow }) {
  return (
    <div className="null-effect" data-testid={`null-effect-${row.scenario}`}>
      <strong>Why the pact changes nothing here:</strong>
      {row.untouched && <p>{row.untouched}.</p>}
      <ul>
        {row.idle.map((i) => (
          <li key={`${i.agreement} ${i.article} ${i.obligor} ${i.beneficiary}`}>
            <span data-testid="null-effect-reason" data-condition={i.condition?.test ?? i.why}>
              {i.obligorName} ({i.article}): {i.reason}.
            </span>
            {i.law && <LawNote law={i.law} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
