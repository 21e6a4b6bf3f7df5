/** The incident form (SOFA, date, person, duty, offence, victim, place) and its answer: each step with its article, text and trace. */
import type { IncidentAnswer, Issue, SofaStep } from '@casus/core';
import { useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { SofaCatalog, SofaSummary } from '../../engine/sofa.ts';
import { useWorkbench } from '../common/catalog-context.tsx';
import { IssueList } from '../common/IssueList.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { ArticleText, StatusBadge } from './ArticleText.tsx';
import { DUTY, HELD, type IncidentDraft, PERSONS, VICTIMS } from './incident-draft.ts';
import { outcomeWords, sideName } from './words.ts';

function Radios({
  name,
  legend,
  value,
  choices,
  onChange,
}: {
  name: string;
  legend: string;
  value: string;
  choices: readonly (readonly [string, string])[];
  onChange: (v: string) => void;
}) {
  return (
    <fieldset className="radios">
      <legend>{legend}</legend>
      {choices.map(([v, label]) => (
        <label key={v} className="inline">
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
            data-testid={`incident-${name}-${v}`}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** Every condition a rule was tested on, ✓ or ✗, with its reason. */
function Trace({ trace }: { trace: SofaStep['trace'] }) {
  return (
    <ol className="trace" aria-label="Trace: each condition tested">
      {trace.map((t) => (
        <li key={t.test + t.reason}>
          <span
            className={t.pass ? 'pass' : 'fail'}
            role="img"
            aria-label={t.pass ? 'passed' : 'failed'}
          >
            {t.pass ? '✓' : '✗'}
          </span>
          <span className="test">{t.test}</span>
          <span>{t.reason}</span>
        </li>
      ))}
    </ol>
  );
}

const QUESTION: Record<string, string> = {
  'criminal-jurisdiction': 'Who has the right to try the accused',
  custody: 'Who holds the accused before indictment',
  waiver: 'Waiver',
  'custody-transfer': 'Transfer of custody',
  'official-duty': 'Official duty',
  'civilian-component': 'Who the SOFA covers',
  'host-law': 'Host-nation law',
  access: 'Host authorities’ access',
  management: 'Management of the facilities',
  'aircraft-accident': 'An off-base aircraft accident',
};

function Step({
  step,
  sofa,
  testId,
}: {
  step: SofaStep;
  sofa: SofaSummary | undefined;
  testId: string;
}) {
  const { name } = useWorkbench();
  return (
    <li className="finding sofa-step" data-testid={testId} data-rule={step.rule}>
      <details open>
        <summary>
          <strong>{QUESTION[step.topic] ?? step.topic}:</strong>{' '}
          <span data-testid="step-answer">
            {outcomeWords(step.outcome, (s) => sideName(sofa, s, name))}
          </span>
          <span className="badge">{step.article}</span>
        </summary>
        <div className="body">
          <p>{step.summary}</p>
          <Trace trace={step.trace} />
          <div>
            <strong>
              {step.sofa}, {step.article}
            </strong>
            <StatusBadge status={step.textStatus} /> <small>rule {step.rule}</small>
          </div>
          <ArticleText
            text={step.text}
            quote={step.quote}
            source={step.source}
            status={step.textStatus}
          />
        </div>
      </details>
    </li>
  );
}

function Answer({ answer, sofa }: { answer: IncidentAnswer; sofa: SofaSummary | undefined }) {
  return (
    <div className="sofa-answer" data-testid="incident-answer">
      <p>
        <strong>{answer.sofa.shortName}</strong>
        {answer.sofa.layers.length > 0 && <> (over {answer.sofa.layers.join(', ')})</>} on{' '}
        {answer.facts.date}
      </p>
      <ul className="findings">
        {answer.jurisdiction ? (
          <Step step={answer.jurisdiction} sofa={sofa} testId="step-jurisdiction" />
        ) : (
          <li className="no-commitment" data-testid="step-jurisdiction-none">
            No encoded rule decides jurisdiction here; see the gaps below.
          </li>
        )}
        {answer.custody ? (
          <Step step={answer.custody} sofa={sofa} testId="step-custody" />
        ) : (
          <li className="no-commitment" data-testid="step-custody-none">
            No encoded rule decides custody before indictment here.
          </li>
        )}
        {answer.requests.map((s) => (
          <Step key={s.rule} step={s} sofa={sofa} testId="step-request" />
        ))}
        {answer.notes.map((s) => (
          <Step key={s.rule} step={s} sofa={sofa} testId="step-note" />
        ))}
      </ul>
      <details className="not-applied" data-testid="not-applied">
        <summary>Rules that did not apply ({answer.notApplied.length})</summary>
        <ul>
          {answer.notApplied.map((m) => (
            <li key={`${m.sofa}:${m.rule}`} data-testid="miss" data-rule={m.rule}>
              <details>
                <summary>
                  <strong>{m.article}</strong> <small>({m.rule})</small>:{' '}
                  <span className="fail" role="img" aria-label="failed">
                    ✗
                  </span>{' '}
                  {m.reason}
                </summary>
                {m.trace.length > 0 && <Trace trace={m.trace} />}
              </details>
            </li>
          ))}
        </ul>
      </details>
      {answer.gaps.length > 0 && (
        <details className="gaps" data-testid="incident-gaps">
          <summary>Gaps in the sources ({answer.gaps.length})</summary>
          <ul>
            {answer.gaps.map((g) => (
              <li key={`${g.sofa}:${g.topic}:${g.article ?? ''}`}>
                <strong>
                  {g.sofa} {g.article ?? g.topic}
                </strong>
                : {g.note}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The incident the panel starts from: the first bilateral SOFA, an on-duty assault on a host national, today. */
function defaultIncident(catalog: SofaCatalog): IncidentDraft {
  const first = catalog.sofas.find((s) => s.receiving !== 'members') ?? catalog.sofas[0];
  return {
    sofa: first?.id ?? '',
    date: new Date().toISOString().slice(0, 10),
    person: 'member',
    onDuty: 'yes',
    offence: 'assault',
    victim: 'host-national',
    heldBy: 'sending',
    place: '',
  };
}

export function IncidentPanel({
  catalog,
  incident,
  onChange,
}: {
  catalog: SofaCatalog;
  /** The incident as the view keeps it (in its URL); undefined: the defaults. */
  incident?: IncidentDraft | undefined;
  onChange: (incident: IncidentDraft) => void;
}) {
  const { places } = useWorkbench();
  const [fallback] = useState(() => defaultIncident(catalog));
  const draft = incident ?? fallback;
  const [state, setState] = useState<{ answer?: IncidentAnswer; issues: Issue[]; error?: string }>({
    issues: [],
  });
  useEffect(() => {
    let live = true;
    const { place, ...rest } = draft;
    engine.call('sofaIncident', { ...rest, ...(place ? { place } : {}) }).then(
      (r) => live && setState(r),
      (e: Error) => live && setState({ issues: [], error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [draft]);
  const set = (key: keyof IncidentDraft) => (value: string) => onChange({ ...draft, [key]: value });
  const sofa = catalog.sofas.find((s) => s.id === draft.sofa);
  const hosts = sofa && sofa.receiving !== 'members' ? sofa.receiving : undefined;
  const placeChoices = places
    .map((p) => p.properties)
    .filter((p) => !hosts || (p.administeredBy !== null && hosts.includes(p.administeredBy)))
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <section className="sofa-incident" aria-labelledby="sofa-incident-title">
      <h3 id="sofa-incident-title">An incident</h3>
      <div className="sofa-incident-layout">
        <form className="scenario-form" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label="SOFA"
            value={draft.sofa}
            choices={catalog.sofas.map((s) => ({
              value: s.id,
              label: s.proposal ? `${s.shortName} (design)` : s.shortName,
              title: s.name,
            }))}
            onChange={set('sofa')}
            testId="incident-sofa"
          />
          <label>
            Date of the offence
            <input
              type="date"
              value={draft.date}
              onChange={(e) => set('date')(e.target.value)}
              data-testid="incident-date"
            />
          </label>
          <Radios
            name="person"
            legend="The accused"
            value={draft.person}
            choices={PERSONS}
            onChange={set('person')}
          />
          <Radios
            name="duty"
            legend="Duty"
            value={draft.onDuty}
            choices={DUTY}
            onChange={set('onDuty')}
          />
          <SelectField
            label="Offence"
            value={draft.offence}
            choices={catalog.offences.map((o) => ({ value: o.id, label: o.label }))}
            onChange={set('offence')}
            testId="incident-offence"
          />
          <Radios
            name="victim"
            legend="Against"
            value={draft.victim}
            choices={VICTIMS}
            onChange={set('victim')}
          />
          <Radios
            name="held"
            legend="Held after arrest by"
            value={draft.heldBy}
            choices={HELD}
            onChange={set('heldBy')}
          />
          <SelectField
            label="Place"
            value={draft.place}
            choices={placeChoices}
            onChange={set('place')}
            testId="incident-place"
            blank="(not given)"
          />
        </form>
        <div>
          {state.error && (
            <p className="error" role="alert">
              {state.error}
            </p>
          )}
          <IssueList issues={state.issues} testId="incident-issues" />
          {state.answer && <Answer answer={state.answer} sofa={sofa} />}
        </div>
      </div>
    </section>
  );
}
