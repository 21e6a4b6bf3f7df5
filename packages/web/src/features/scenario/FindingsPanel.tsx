/** Findings grouped as Duties, Permissions, Policy and Did not fire, each expandable to its trace, then the agreements with no commitment. */
import type { Finding, NoCommitment } from '@casus/core';
import { FindingCard } from './FindingCard.tsx';
import { GROUP_TITLES, type Group, groupFindings } from './group-findings.ts';
import { NoCommitmentGroup } from './NoCommitmentGroup.tsx';

const ORDER: Group[] = ['duty', 'permission', 'policy', 'none'];

export function FindingsPanel({
  findings,
  noCommitments,
  busy,
}: {
  findings: readonly Finding[];
  noCommitments: readonly NoCommitment[];
  busy: boolean;
}) {
  const groups = groupFindings(findings);
  return (
    <section
      className="findings"
      aria-labelledby="findings-title"
      aria-busy={busy}
      data-testid="findings"
    >
      <h3 id="findings-title">Findings {busy && <small>(updating…)</small>}</h3>
      {findings.length === 0 && !busy && (
        <p className="muted">No clause of this architecture concerns this event.</p>
      )}
      {ORDER.filter((g) => groups[g].length > 0).map((g) => (
        <section key={g} className="finding-group" data-testid={`findings-${g}`}>
          <h4>
            {GROUP_TITLES[g]} <small>({groups[g].length})</small>
          </h4>
          <ul>
            {groups[g].map((f) => (
              <FindingCard
                key={`${f.agreement}/${f.clause}/${f.obligor}/${f.beneficiary}/${f.event}`}
                finding={f}
              />
            ))}
          </ul>
        </section>
      ))}
      <NoCommitmentGroup items={noCommitments} />
    </section>
  );
}
