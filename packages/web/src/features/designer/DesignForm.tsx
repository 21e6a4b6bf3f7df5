/** The designer's form: where to start, names, members, clauses and how the members' bases are run. */
import { useWorkbench } from '../common/catalog-context.tsx';
import { ClauseEditor } from './ClauseEditor.tsx';
import {
  BASING_DESIGNS,
  type BasingDesign,
  blankDesign,
  type Design,
  defenceClause,
  designFrom,
} from './design.ts';

const BASING_WORDS: Record<BasingDesign, string> = {
  none: 'no joint management (each host consents, as under prior consultation)',
  'joint-decision': 'jointly managed: host and user decide combat together',
  'host-consent': 'jointly managed, but the host still only consents',
};

export function DesignForm({
  design,
  onChange,
}: {
  design: Design;
  /** `push` for a new start (Back returns to the design before it); typing replaces. */
  onChange: (d: Design, step?: 'push') => void;
}) {
  const { catalog } = useWorkbench();
  const set = (patch: Partial<Design>) => onChange({ ...design, ...patch });
  const start = (id: string) => {
    const p = catalog.proposals.find((a) => a.id === id);
    onChange(p ? designFrom(p) : blankDesign(), 'push');
  };
  const toggleMember = (s: string) =>
    set({
      members: design.members.includes(s)
        ? design.members.filter((m) => m !== s)
        : [...design.members, s],
    });
  return (
    <form className="designer-form" onSubmit={(e) => e.preventDefault()} aria-label="Treaty design">
      <label>
        Start from
        <select
          value={design.basedOn ?? ''}
          onChange={(e) => start(e.target.value)}
          data-testid="design-start"
        >
          <option value="">a blank pact</option>
          {catalog.proposals.map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName}
            </option>
          ))}
        </select>
      </label>
      <label>
        Id (file name)
        <input
          value={design.id}
          onChange={(e) => set({ id: e.target.value })}
          data-testid="design-id"
        />
      </label>
      <label>
        Name
        <input
          value={design.name}
          onChange={(e) => set({ name: e.target.value })}
          data-testid="design-name"
        />
      </label>
      <label>
        Short name
        <input value={design.shortName} onChange={(e) => set({ shortName: e.target.value })} />
      </label>
      <fieldset>
        <legend>Members ({design.members.length})</legend>
        <div className="member-grid">
          {catalog.states.map((s) => (
            <label key={s.id} className="inline">
              <input
                type="checkbox"
                checked={design.members.includes(s.id)}
                onChange={() => toggleMember(s.id)}
                data-testid={`member-${s.id}`}
              />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      {design.clauses.map((c, i) => (
        <ClauseEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: articles are numbered by position
          key={i}
          index={i}
          clause={c}
          onChange={(next) => set({ clauses: design.clauses.map((x, j) => (j === i ? next : x)) })}
          onRemove={() => set({ clauses: design.clauses.filter((_, j) => j !== i) })}
        />
      ))}
      <button type="button" onClick={() => set({ clauses: [...design.clauses, defenceClause()] })}>
        Add an article
      </button>
      <label>
        Members’ bases
        <select
          value={design.basing}
          onChange={(e) => set({ basing: e.target.value as BasingDesign })}
          data-testid="design-basing"
        >
          {BASING_DESIGNS.map((b) => (
            <option key={b} value={b}>
              {BASING_WORDS[b]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
