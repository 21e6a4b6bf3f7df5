/** One clause of the design: type, response strength, area, events and targets. */
import { useWorkbench } from '../common/catalog-context.tsx';
import { CLAUSE_TYPES, type ClauseDesign, DESIGN_EVENTS, RESPONSES, TARGETS } from './design.ts';

function toggle(list: string[], v: string): string[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

export function ClauseEditor(props: {
  index: number;
  clause: ClauseDesign;
  onChange: (c: ClauseDesign) => void;
  onRemove: () => void;
}) {
  const { catalog } = useWorkbench();
  const c = props.clause;
  const set = (patch: Partial<ClauseDesign>) => props.onChange({ ...c, ...patch });
  const n = props.index + 1;
  return (
    <fieldset data-testid={`clause-${props.index}`}>
      <legend>Article {n}</legend>
      <div className="check-row">
        <label>
          Clause type
          <select
            value={c.type}
            onChange={(e) => set({ type: e.target.value as ClauseDesign['type'] })}
            data-testid={`clause-type-${props.index}`}
          >
            {CLAUSE_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Response strength
          <select
            value={c.response}
            onChange={(e) => set({ response: e.target.value as ClauseDesign['response'] })}
            data-testid={`clause-response-${props.index}`}
          >
            {RESPONSES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      </div>
      {c.type !== 'access' && (
        <>
          <label>
            Area
            <select
              value={c.area}
              onChange={(e) => set({ area: e.target.value })}
              data-testid={`clause-area-${props.index}`}
            >
              <option value="">anywhere</option>
              {catalog.areas.map((a) => (
                <option key={a.id} value={a.id} title={a.description}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Set off by</legend>
            <div className="check-row">
              {DESIGN_EVENTS.map((k) => (
                <label key={k} className="inline">
                  <input
                    type="checkbox"
                    checked={c.events.includes(k)}
                    onChange={() => set({ events: toggle(c.events, k) })}
                  />
                  {k}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Protects</legend>
            <div className="check-row">
              {TARGETS.map((k) => (
                <label key={k} className="inline">
                  <input
                    type="checkbox"
                    checked={c.targets.includes(k)}
                    onChange={() => set({ targets: toggle(c.targets, k) })}
                  />
                  {k}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
      <p className="muted">
        {c.obligors === 'members' ? 'Every member' : c.obligors.join(', ')} →{' '}
        {c.beneficiaries === 'members' ? 'every member' : c.beneficiaries.join(', ')}
      </p>
      <button type="button" onClick={props.onRemove} aria-label={`Remove article ${n}`}>
        Remove article
      </button>
    </fieldset>
  );
}
