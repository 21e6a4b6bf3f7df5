/**
 * The SOFA designer: a revision layered on a SOFA, rule by rule, checked live by core's own SOFA
 * validator in the worker (as `casus validate --kind sofa` checks the downloaded file), with what it
 * changes against the base (core's diffSofas) and an incident answered under both. The design is
 * kept in localStorage, so leaving the view loses nothing.
 */
import type { Issue } from '@casus/core';
import { useEffect, useMemo, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { SofaCatalog } from '../../engine/sofa.ts';
import type { SofaDesignAnswer } from '../../engine/sofa-design.ts';
import { today } from '../common/defaults.ts';
import { designPath, designYaml } from '../common/design-yaml.ts';
import { download } from '../common/download.ts';
import { IssueList } from '../common/IssueList.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { useStoredState } from '../common/stored-state.ts';
import { YamlPreview } from '../common/YamlPreview.tsx';
import { FieldIssues, TextField } from './DesignFields.tsx';
import { DiffTable, IncidentBeforeAfter } from './DesignResult.tsx';
import { RuleFields } from './RuleFields.tsx';
import {
  blankSofaDesign,
  designFromSofa,
  isSofaDesign,
  issuesByField,
  newRule,
  type SofaDesign,
  toSofaInput,
} from './sofa-design.ts';

const STORE = 'casus.sofa-design';

function useDesignAnswer(yaml: string, id: string, base: string, offence: string) {
  const [state, setState] = useState<SofaDesignAnswer & { busy: boolean; error?: string }>({
    issues: [],
    busy: true,
  });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    const t = setTimeout(() => {
      engine
        .call('sofaDesign', {
          yaml,
          path: designPath('sofas', id),
          base,
          date: today(),
          incident: {
            person: 'member',
            onDuty: 'no',
            offence,
            victim: 'host-national',
            heldBy: 'sending',
          },
        })
        .then(
          (r) => live && setState({ ...r, busy: false }),
          (e: Error) => live && setState({ issues: [], busy: false, error: e.message }),
        );
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [yaml, id, base, offence]);
  return state;
}

export default function SofaDesigner({ catalog }: { catalog: SofaCatalog }) {
  const agreements = catalog.sofas.filter((s) => !s.proposal);
  const fallbackBase = agreements.find((s) => s.id === 'us-japan-sofa-1960') ?? agreements[0]!;
  const [design, setDesign] = useStoredState(STORE, isSofaDesign, () =>
    catalog.designs[0] ? designFromSofa(catalog.designs[0]) : blankSofaDesign(fallbackBase),
  );
  const [start, setStart] = useState(catalog.designs[0]?.id ?? `blank:${fallbackBase.id}`);
  const [topic, setTopic] = useState(catalog.ruleTopics[0]?.id ?? '');
  const [offence, setOffence] = useState('murder');
  const base = catalog.sofas.find((s) => s.id === design.base);
  const input = useMemo(() => toSofaInput(design, base), [design, base]);
  const yaml = useMemo(() => designYaml('sofas', input, today()), [input]);
  const answer = useDesignAnswer(yaml, design.id, design.base, offence);
  const byField = useMemo(() => issuesByField(answer.issues, design), [answer.issues, design]);
  const at = (field: string): Issue[] | undefined => byField.get(field);
  const valid = !answer.busy && !answer.error && !answer.issues.some((i) => i.severity === 'error');
  const set = (patch: Partial<SofaDesign>) => setDesign((d) => ({ ...d, ...patch }));
  const startOver = () => {
    const from = catalog.designs.find((s) => s.id === start);
    const blankBase = agreements.find((s) => `blank:${s.id}` === start) ?? fallbackBase;
    setDesign(from ? designFromSofa(from) : blankSofaDesign(blankBase));
  };
  const usual = catalog.ruleTopics.find((t) => t.id === topic)?.gives ?? 'effect';
  return (
    <section className="sofa-designer" aria-labelledby="sofa-design-title">
      <h3 id="sofa-design-title">Design a revision</h3>
      <div className="designer-layout">
        <form
          className="designer-form"
          onSubmit={(e) => e.preventDefault()}
          aria-label="SOFA design"
        >
          <div className="filters">
            <SelectField
              label="Start from"
              value={start}
              choices={[
                ...catalog.designs.map((s) => ({ value: s.id, label: s.shortName, title: s.name })),
                ...agreements.map((s) => ({
                  value: `blank:${s.id}`,
                  label: `a blank revision of ${s.shortName}`,
                })),
              ]}
              onChange={setStart}
              testId="sofa-design-start"
            />
            <button type="button" onClick={startOver} data-testid="sofa-design-start-over">
              Start over from it
            </button>
          </div>
          <SelectField
            label="Layered on (the base SOFA)"
            value={design.base}
            choices={agreements.map((s) => ({ value: s.id, label: s.shortName }))}
            onChange={(b) =>
              set({ base: b, rules: design.rules.map((r) => ({ ...r, replaces: [] })) })
            }
            testId="sofa-design-base"
          />
          <FieldIssues id="sofa-design-base-issues" issues={at('base')} />
          <TextField
            label="Id (file name)"
            value={design.id}
            onChange={(id) => set({ id })}
            issues={at('id')}
            testId="sofa-design-id"
          />
          <TextField
            label="Name"
            value={design.name}
            onChange={(name) => set({ name })}
            issues={at('name')}
            testId="sofa-design-name"
          />
          <TextField
            label="Short name"
            value={design.shortName}
            onChange={(shortName) => set({ shortName })}
            issues={at('shortName')}
            testId="sofa-design-short-name"
          />
          <TextField
            label="Summary"
            value={design.summary}
            onChange={(summary) => set({ summary })}
            issues={at('summary')}
            testId="sofa-design-summary"
            multiline
          />
          <TextField
            label="What the design assumes as a whole (one per line)"
            value={design.assumptions}
            onChange={(assumptions) => set({ assumptions })}
            issues={at('assumptions')}
            testId="sofa-design-assumptions"
            multiline
          />
          <TextField
            label="Sources (one per line)"
            value={design.sources}
            onChange={(sources) => set({ sources })}
            issues={at('sources')}
            testId="sofa-design-sources"
            multiline
          />
          {design.rules.map((r, i) => (
            <RuleFields
              key={r.id}
              rule={r}
              index={i}
              catalog={catalog}
              base={base}
              issues={at}
              onChange={(rule) =>
                setDesign((d) => ({ ...d, rules: d.rules.map((x, j) => (j === i ? rule : x)) }))
              }
              onRemove={() =>
                setDesign((d) => ({ ...d, rules: d.rules.filter((_, j) => j !== i) }))
              }
            />
          ))}
          <div className="filters">
            <SelectField
              label="New rule on"
              value={topic}
              choices={catalog.ruleTopics.map((t) => t.id)}
              onChange={setTopic}
              testId="sofa-design-new-topic"
            />
            <button
              type="button"
              onClick={() =>
                setDesign((d) => ({ ...d, rules: [...d.rules, newRule(d, topic, usual)] }))
              }
              data-testid="sofa-design-add-rule"
            >
              Add a rule
            </button>
          </div>
        </form>
        <div className="scenario-main" aria-busy={answer.busy}>
          <div className="filters">
            <button
              type="button"
              className="primary"
              onClick={() => download(`${design.id}.yaml`, yaml)}
              disabled={!valid}
              data-testid="sofa-design-download"
            >
              Download YAML
            </button>
            <span aria-live="polite" data-testid="sofa-design-status">
              {answer.busy
                ? 'Checking…'
                : valid
                  ? '✓ valid: casus validate --kind sofa would accept it'
                  : 'Fix the issues marked beside the fields.'}
            </span>
          </div>
          {answer.error && (
            <p className="error" role="alert">
              {answer.error}
            </p>
          )}
          <IssueList issues={byField.get('design') ?? []} sentences testId="sofa-design-issues" />
          {answer.diff && <DiffTable diff={answer.diff} />}
          <section aria-labelledby="sofa-design-incident-title">
            <h4 id="sofa-design-incident-title">An incident under the design</h4>
            <SelectField
              label="An off-duty member of the force, held by the sending State, accused of"
              value={offence}
              choices={catalog.offences.map((o) => ({ value: o.id, label: o.label }))}
              onChange={setOffence}
              testId="sofa-design-offence"
            />
            {answer.diff && (
              <IncidentBeforeAfter before={answer.before} after={answer.after} base={base} />
            )}
          </section>
          <YamlPreview
            path={designPath('sofas', design.id)}
            yaml={yaml}
            testId="sofa-design-yaml"
          />
        </div>
      </div>
    </section>
  );
}
