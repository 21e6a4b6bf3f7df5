/** One clause of the design: type, response strength, area, events and targets. */
import { useWorkbench } from '../common/catalog-context.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { CLAUSE_TYPES, type ClauseDesign, DESIGN_EVENTS, RESPONSES, TARGETS } from './design.ts';

function toggle(list: string[], v: string): string[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

/** A row of checkboxes choosing any number of `options`. */
function CheckGroup(props: {
  legend: string;
  options: readonly string[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className="check-row">
        {props.options.map((k) => (
          <label key={k} className="inline">
            <input
              type="checkbox"
              checked={props.chosen.includes(k)}
              onChange={() => props.onChange(toggle(props.chosen, k))}
            />
            {k}
          </label>
        ))}
      </div>
    </fieldset>
  );
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
  const pick = (field: 'type' | 'response', label: string, choices: readonly string[]) => (
    <SelectField
      label={label}
      value={c[field]}
      choices={choices}
      onChange={(v) => set({ [field]: v } as Partial<ClauseDesign>)}
      testId={`clause-${field}-${props.index}`}
    />
  );
  return (
    <fieldset data-testid={`clause-${props.index}`}>
      <legend>Article {n}</legend>
      <div className="check-row">
        {pick('type', 'Clause type', CLAUSE_TYPES)}
        {pick('response', 'Response strength', RESPONSES)}
      </div>
      {c.type !== 'access' && (
        <>
          <SelectField
            label="Area"
            value={c.area}
            blank="anywhere"
            choices={catalog.areas.map((a) => ({
              value: a.id,
              label: a.name,
              title: a.description,
            }))}
            onChange={(area) => set({ area })}
            testId={`clause-area-${props.index}`}
          />
          <CheckGroup
            legend="Set off by"
            options={DESIGN_EVENTS}
            chosen={c.events}
            onChange={(events) => set({ events })}
          />
          <CheckGroup
            legend="Protects"
            options={TARGETS}
            chosen={c.targets}
            onChange={(targets) => set({ targets })}
          />
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
