/** The scenario builder's fields: actor, event kind, target, date, architecture and assumptions. */
import type { Issue } from '@casus/core';
import { useWorkbench } from '../common/catalog-context.tsx';
import { fieldOf, IssueList } from '../common/IssueList.tsx';
import { codeTitle, words } from '../common/labels.ts';
import { ArchitectureField, DateField } from '../common/SetupFields.tsx';
import { BasingFields } from './BasingFields.tsx';
import { ASSET_KINDS, type AssetKind, type Draft, EVENT_KINDS } from './draft.ts';

export function ScenarioForm({
  draft,
  onChange,
  onLoad,
  basingHosts = [],
  issues = [],
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  onLoad: (id: string) => void;
  /** Hosts with bases in reach in the last cascade run (result.basing), whose answer may be set. */
  basingHosts?: readonly string[];
  /** The engine's issues with the draft: each field says whether it is the one at fault. */
  issues?: readonly Issue[];
}) {
  const { catalog, name } = useWorkbench();
  const wrong = (field: string) =>
    issues.some((i) => i.severity === 'error' && fieldOf(i) === field) || undefined;
  const coverage = issues.filter((i) => i.code === 'date_outside_library');
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const states = catalog.states;
  return (
    <form className="scenario-form" onSubmit={(e) => e.preventDefault()} aria-label="Scenario">
      <label>
        Start from a library scenario
        <select
          value={draft.scenarioId ?? ''}
          onChange={(e) => e.target.value && onLoad(e.target.value)}
          data-testid="scenario-select"
        >
          <option value="">— build your own —</option>
          {catalog.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Actor (the state that acts)
        <select
          value={draft.actor}
          onChange={(e) => set({ actor: e.target.value })}
          data-testid="actor-select"
        >
          {states.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.id})
            </option>
          ))}
        </select>
      </label>
      <label>
        Event
        <select
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value })}
          data-testid="kind-select"
        >
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k} title={codeTitle(k)}>
              {words(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Target place (or choose on the map)
        <select
          value={draft.place}
          onChange={(e) => set({ place: e.target.value })}
          aria-invalid={wrong('Target place')}
          data-testid="target-select"
        >
          {draft.place && !catalog.places.some((p) => p.id === draft.place) && (
            <option value={draft.place}>{draft.place} (not in the gazetteer)</option>
          )}
          <option value="">— choose a place —</option>
          {[...catalog.places]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      <fieldset>
        <legend>What is hit there</legend>
        <select
          value={draft.asset}
          onChange={(e) => set({ asset: e.target.value as AssetKind })}
          aria-label="What is hit"
          data-testid="asset-select"
        >
          {ASSET_KINDS.map((k) => (
            <option key={k} value={k} title={codeTitle(k)}>
              {k === 'territory' ? 'the territory itself' : words(k)}
            </option>
          ))}
        </select>
        {draft.asset !== 'territory' && (
          <select
            value={draft.assetState}
            onChange={(e) => set({ assetState: e.target.value })}
            aria-label="Whose assets"
            data-testid="asset-state-select"
          >
            <option value="">— whose? —</option>
            {states.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </fieldset>
      <DateField
        value={draft.date}
        onChange={(date) => set({ date })}
        testId="scenario-date"
        invalid={wrong('Date')}
        describedBy={coverage.length > 0 ? 'scenario-date-coverage' : undefined}
      />
      {coverage.length > 0 && (
        <div id="scenario-date-coverage" className="field-note" role="status">
          <IssueList issues={coverage} sentences testId="date-coverage" />
        </div>
      )}
      <ArchitectureField
        value={draft.architecture}
        onChange={(architecture) => set({ architecture })}
        testId="scenario-architecture"
      />
      {catalog.constraints.length > 0 && (
        <fieldset>
          <legend>Assumptions</legend>
          {catalog.constraints.flatMap((c) =>
            c.situations.map((s) => (
              <label key={`${c.state}-${s}`} className="inline" title={c.summary}>
                <input
                  type="checkbox"
                  checked={draft.situations[c.state] === s}
                  onChange={(e) => {
                    const situations = { ...draft.situations };
                    if (e.target.checked) situations[c.state] = s;
                    else delete situations[c.state];
                    set({ situations });
                  }}
                  data-testid={`assume-${c.state}-${s}`}
                />
                {name(c.state)} declares: {s.replaceAll('-', ' ')}
              </label>
            )),
          )}
        </fieldset>
      )}
      <BasingFields draft={draft} hosts={basingHosts} onChange={(basing) => set({ basing })} />
      {draft.extraEvents.length > 0 && (
        <p className="muted">
          + {draft.extraEvents.length} more event(s) from the scenario, included in the cascade.
        </p>
      )}
    </form>
  );
}
