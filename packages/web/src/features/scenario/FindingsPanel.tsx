/** Findings as Duties, Permissions, Policy and Did not fire, one row per clause and its obligors (as the CLI prints them), defence first; the clauses that did not fire folded by agreement; then the agreements with no commitment. */
import type { Finding, NoCommitment } from '@casus/core';
import { useWorkbench } from '../common/catalog-context.tsx';
import { FindingCard } from './FindingCard.tsx';
import { byAgreement, GROUP_TITLES, type Group, groupFindings, rowsOf } from './group-findings.ts';
import { NoCommitmentGroup } from './NoCommitmentGroup.tsx';

const FIRED: Group[] = ['duty', 'permission', 'policy'];

const keyOf = (f: Finding) => `${f.agreement}/${f.clause}/${f.obligor}/${f.beneficiary}/${f.event}`;

export function FindingsPanel({
  findings,
  noCommitments,
  busy,
  blocked = false,
}: {
  findings: readonly Finding[];
  noCommitments: readonly NoCommitment[];
  busy: boolean;
  /** The input has errors (said above): there is no answer to show. */
  blocked?: boolean;
}) {
  const { catalog } = useWorkbench();
  const shortName = (id: string) => catalog.agreements.find((a) => a.id === id)?.shortName;
  const groups = groupFindings(findings);
  return (
    <section
      className="findings"
      aria-labelledby="findings-title"
      aria-busy={busy}
      data-testid="findings"
    >
      <h3 id="findings-title">Findings {busy && <small>(updating…)</small>}</h3>
      {blocked && !busy && (
        <p className="muted" data-testid="findings-blocked">
          No answer yet: the engine answers once the scenario above is complete and valid.
        </p>
      )}
      {!blocked && findings.length === 0 && !busy && (
        <p className="muted">No clause of this architecture concerns this event.</p>
      )}
      {FIRED.filter((g) => groups[g].length > 0).map((g) => (
        <section key={g} className="finding-group" data-testid={`findings-${g}`}>
          <h4>
            {GROUP_TITLES[g]} <small>({groups[g].length})</small>
          </h4>
          <ul>
            {rowsOf(groups[g]).map((row) => (
              <FindingCard key={keyOf(row.first)} group={row} />
            ))}
          </ul>
        </section>
      ))}
      {groups.none.length > 0 && (
        <section className="finding-group" data-testid="findings-none">
          <h4>
            {GROUP_TITLES.none} <small>({groups.none.length})</small>
          </h4>
          <ul className="not-fired">
            {byAgreement(groups.none).map((a) => (
              <li key={a.agreement}>
                <details data-testid="not-fired-agreement" data-agreement={a.agreement}>
                  <summary
                    className="not-fired-head"
                    title={`${a.count} findings (one per clause and obligor) did not fire`}
                  >
                    <strong>{shortName(a.agreement) ?? a.name}</strong>
                    {shortName(a.agreement) && <span className="muted"> {a.name}</span>}{' '}
                    <small>({a.count})</small>
                  </summary>
                  <ul className="not-fired-rows">
                    {a.rows.map((row) => (
                      <FindingCard key={keyOf(row.first)} group={row} />
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NoCommitmentGroup items={noCommitments} />
    </section>
  );
}
