/** The scenario builder: pick actor, event and target; findings at once; run the cascade on the map. */
import type { AgreementInput, CascadeResult, Finding, Issue, NoCommitment } from '@casus/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { engine } from '../../engine/client.ts';
import { basingHosts } from '../cascade/basing.ts';
import { CascadePanel } from '../cascade/CascadePanel.tsx';
import { useWorkbench } from '../common/catalog-context.tsx';
import { IssueList } from '../common/IssueList.tsx';
import { codeTitle, words } from '../common/labels.ts';
import { Note } from '../common/Note.tsx';
import { UrlNotices } from '../common/UrlNotices.tsx';
import { useUrlState } from '../common/use-url-state.ts';
import { useDesignedPact } from '../designer/designed-pact.ts';
import { Legend } from '../map/Legend.tsx';
import { useBases } from '../map/use-bases.ts';
import { WorldMap } from '../map/WorldMap.tsx';
import { SaveForm } from '../saved/SaveForm.tsx';
import { DecisionsPanel } from './DecisionsPanel.tsx';
import { assumptionsOf, type Draft, eventsOf, fromScenario, toEvent } from './draft.ts';
import { FindingsPanel } from './FindingsPanel.tsx';
import { obligedStates } from './group-findings.ts';
import { ScenarioForm } from './ScenarioForm.tsx';
import { savedScenario } from './saved-scenario.ts';
import { scenarioCodec } from './scenario-url.ts';

function useFindings(draft: Draft, extra: AgreementInput[] | undefined) {
  const [state, setState] = useState<{
    findings: Finding[];
    noCommitments: NoCommitment[];
    issues: Issue[];
    busy: boolean;
  }>({ findings: [], noCommitments: [], issues: [], busy: false });
  // Asked before the browser paints the view, so the engine works while the page is laid out.
  useLayoutEffect(() => {
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    engine
      .call('findObligations', {
        architecture: draft.architecture,
        date: draft.date,
        assumptions: assumptionsOf(draft),
        event: toEvent(draft),
        extra,
      })
      .then(
        (r) => live && setState({ ...r, busy: false }),
        (e: Error) =>
          live &&
          setState({
            findings: [],
            noCommitments: [],
            issues: [{ code: 'invalid_event', severity: 'error', pointer: '', message: e.message }],
            busy: false,
          }),
      );
    return () => {
      live = false;
    };
  }, [draft, extra]);
  return state;
}

export default function ScenarioView() {
  const { catalog, places, name } = useWorkbench();
  const [state, setState, notices] = useUrlState('scenario', scenarioCodec);
  const { draft, mode, ran, pact } = state;
  // The pact of the treaty designer, added to the architecture when the link asks for it.
  const { pact: designed, query: designQuery, checking } = useDesignedPact();
  const extra = useMemo(() => (pact && designed ? [designed] : undefined), [pact, designed]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the design, not every new state object
  useEffect(() => {
    // The link keeps the design as the designer has it now; a link's own design is adopted first.
    if (pact !== undefined && !checking && designQuery !== undefined && designQuery !== pact)
      setState({ ...state, pact: designQuery });
  }, [checking, designQuery, pact]);
  const [cascadeFills, setCascadeFills] = useState<Record<string, string>>();
  const [cascade, setCascade] = useState<CascadeResult>();
  const { findings, noCommitments, issues, busy } = useFindings(draft, extra);
  // Errors stop the answer and are said above it; a date outside the library is said by the date.
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  // Typing rewrites the current history entry; loading a scenario or choosing a place adds one.
  const change = (d: Draft, step: 'push' | 'replace' = 'replace') => {
    setCascadeFills(undefined);
    setCascade(undefined);
    setState({ draft: d, mode, ran: false, pact }, step);
  };
  // The hosts with bases in reach, from the last cascade of these events: they stay offered while
  // their answers change (each change clears the cascade), and go when the events do.
  const eventsKey = `${draft.architecture}|${draft.date}|${JSON.stringify(eventsOf(draft))}`;
  const [hosts, setHosts] = useState<{ key: string; hosts: string[] }>({ key: '', hosts: [] });
  const onResult = useCallback(
    (r: CascadeResult | undefined) => {
      setCascade(r);
      if (r) setHosts({ key: eventsKey, hosts: basingHosts(r.basing) });
    },
    [eventsKey],
  );
  const allBases = useBases(draft.architecture, draft.date);
  // The map marks the bases in reach of the cascade's war, and rings those that brought a host in.
  const { mapBases, baseLinks } = useMemo(() => {
    const inReach = new Set(cascade?.basing?.map((b) => b.base));
    const linked = new Set(cascade?.entries.flatMap((e) => (e.base ? [e.base] : [])));
    return {
      mapBases: allBases.filter((b) => inReach.has(b.id)),
      baseLinks: linked,
    };
  }, [allBases, cascade]);
  const load = (id: string) => {
    const s = catalog.scenarios.find((x) => x.id === id);
    if (s) change(fromScenario(s), 'push');
  };
  const pickPlace = (id: string) =>
    change({ ...draft, place: id, scenarioId: undefined, extraEvents: [] }, 'push');
  const fills = useMemo(() => {
    if (cascadeFills) return cascadeFills;
    const f: Record<string, string> = {};
    for (const s of obligedStates(findings)) f[s] = 'fill-obliged';
    f[draft.actor] = 'fill-actor';
    return f;
  }, [cascadeFills, findings, draft.actor]);
  const target = catalog.places.find((p) => p.id === draft.place);
  // The server simulates library scenarios as written (under any architecture): an edited draft is another scenario.
  const loaded = catalog.scenarios.find((s) => s.id === draft.scenarioId);
  const asLoaded =
    loaded &&
    JSON.stringify({ ...fromScenario(loaded), architecture: draft.architecture }) ===
      JSON.stringify(draft);
  return (
    <section className="view" aria-labelledby="scenario-title">
      <header className="view-header">
        <h2 id="scenario-title">Scenario builder</h2>
        <Note>
          Choose who acts, what they do and where; the engine reads every clause of the architecture
          in force on the date and answers at once who must act, by which article, and why each
          other clause did not fire. Open a finding for its trace and the article's words; run the
          cascade to watch the sides form round by round.
        </Note>
        <SaveForm
          kind="scenarios"
          what="scenario"
          suggestedId={draft.scenarioId ? `my-${draft.scenarioId}` : 'my-scenario'}
          item={(id) =>
            savedScenario(id, draft, {
              name: loaded?.name,
              sentence: `${name(draft.actor)}: ${words(draft.kind)}, ${target?.name ?? draft.place}, ${draft.date}`,
            })
          }
          testId="scenario-save"
        />
      </header>
      <div className="scenario-layout">
        <ScenarioForm
          draft={draft}
          onChange={change}
          onLoad={load}
          basingHosts={hosts.key === eventsKey ? hosts.hosts : []}
          issues={issues}
        />
        <div className="scenario-main">
          <p aria-live="polite" data-testid="scenario-sentence">
            <strong>{name(draft.actor)}</strong> —{' '}
            <span title={codeTitle(draft.kind)}>{words(draft.kind)}</span> —{' '}
            {target ? (
              <strong>{target.name}</strong>
            ) : (
              <em>choose a target on the map or in the list</em>
            )}
            {draft.asset !== 'territory' &&
              draft.assetState &&
              ` (${name(draft.assetState)} ${words(draft.asset)})`}
            , {draft.date || <em>no date</em>}
          </p>
          <UrlNotices notices={notices} />
          {(designed || pact) && (
            <label className="inline" data-testid="scenario-design">
              <input
                type="checkbox"
                checked={pact !== undefined}
                disabled={!designed}
                onChange={(e) =>
                  setState({ ...state, pact: e.target.checked ? designQuery : undefined }, 'push')
                }
                data-testid="scenario-with-design"
              />{' '}
              Add the pact of the treaty designer
              {designed ? ` (${designed.name})` : ' (checking it…)'} to the architecture
            </label>
          )}
          <IssueList issues={errors} sentences testId="input-problems" />
          {/* The answer before the map: it is what the view is for, and must be seen without scrolling at 1280×720. */}
          <FindingsPanel
            findings={findings}
            noCommitments={noCommitments}
            busy={busy}
            blocked={errors.length > 0}
          />
          <WorldMap
            title="Map: choose the target place"
            places={places}
            fills={fills}
            selected={draft.place}
            onSelect={pickPlace}
            bases={mapBases}
            highlightBases={baseLinks}
            name={name}
          />
          <Legend sides bases={mapBases.length > 0} baseLinks={baseLinks.size > 0} />
          {warnings.some((i) => i.code !== 'date_outside_library') && (
            <IssueList
              issues={warnings.filter((i) => i.code !== 'date_outside_library')}
              sentences
            />
          )}
          <CascadePanel
            key={`${pact ?? ''}|${draft.architecture}|${draft.date}|${JSON.stringify(eventsOf(draft))}|${JSON.stringify(draft.situations)}|${JSON.stringify(draft.basing)}`}
            setup={{
              architecture: draft.architecture,
              date: draft.date,
              assumptions: assumptionsOf(draft),
              extra,
            }}
            events={draft.place && errors.length === 0 ? eventsOf(draft) : []}
            mode={mode}
            ran={ran}
            onMode={(m) => setState({ draft, mode: m, ran, pact })}
            onRun={() => setState({ draft, mode, ran: true, pact }, 'push')}
            onFills={setCascadeFills}
            onResult={onResult}
          />
          {/* The server simulates the library's scenarios under library architectures only. */}
          {asLoaded && !extra && (
            <DecisionsPanel
              key={`${loaded.id}|${draft.architecture}`}
              scenario={loaded.id}
              architecture={draft.architecture}
            />
          )}
        </div>
      </div>
    </section>
  );
}
