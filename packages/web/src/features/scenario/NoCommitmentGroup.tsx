/** The fifth findings group: the victim's agreements that oblige nobody to act, one line each. */
import type { NoCommitment } from '@casus/core';
import { useWorkbench } from '../common/catalog-context.tsx';

export function NoCommitmentGroup({ items }: { items: readonly NoCommitment[] }) {
  const { name } = useWorkbench();
  if (items.length === 0) return null;
  return (
    <section className="finding-group" data-testid="findings-no-commitment">
      <h4>
        No commitment <small>({items.length})</small>
      </h4>
      <ul>
        {items.map((n) => (
          <li
            key={`${n.agreement}/${n.event}`}
            className="no-commitment"
            data-testid="no-commitment"
            data-agreement={n.agreement}
          >
            <strong>{n.states.map(name).join(', ')}</strong>: {n.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
