/** One rule of a SOFA design: its topic, what it gives, the facts it is limited to, the base rules it displaces, its proposed article and its assumption with the source. */
import type { Issue } from '@casus/core';
import type { EffectAnswer, OutcomeKind, SofaCatalog, SofaSummary } from '../../engine/sofa.ts';
import { useWorkbench } from '../common/catalog-context.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { Checks, FieldIssues, TextField } from './DesignFields.tsx';
import { EFFECT_ANSWERS, type OutcomeDraft, type RuleDraft } from './sofa-design.ts';
import { sideName } from './words.ts';

const GIVES: { value: OutcomeKind; label: string }[] = [
  { value: 'right', label: 'a right to exercise jurisdiction' },
  { value: 'custody', label: 'custody of the accused' },
  { value: 'request', label: 'a request one side may make' },
  { value: 'effect', label: 'an effect (host law, access, management, who decides, who pays)' },
];

const EFFECT_LABELS: Record<EffectAnswer, string> = {
  hostLaw: 'Host law',
  access: 'Access of host authorities',
  management: 'Management of the facilities',
  decides: 'Who decides the matter',
  pays: 'Who bears the cost',
};

/** The words of core's enums, where a bare value would not read; a value without words shows as it is. */
const ANSWER_WORDS: Record<EffectAnswer, Record<string, string>> = {
  hostLaw: {
    applies: 'host law applies',
    partly: 'host law applies in part',
    'does-not-apply': 'host law does not apply',
  },
  access: {
    right: 'host authorities enter as of right',
    'on-notice': 'host authorities enter after notice',
    'discretion-of-sending': 'entry at the sending State’s discretion',
    'none-stated': 'no rule on entry',
  },
  management: {
    'sending-exclusive': 'the sending State manages alone',
    joint: 'managed jointly',
    receiving: 'the host manages',
  },
  decides: { sending: 'the sending State', receiving: 'the host State', joint: 'both together' },
  pays: { sending: 'the sending State', receiving: 'the host State', shared: 'both, in shares' },
};

function OutcomeFields({
  gives,
  onChange,
  answers,
  sides,
  issues,
  testId,
}: {
  gives: OutcomeDraft;
  onChange: (g: OutcomeDraft) => void;
  answers: SofaCatalog['answers'];
  sides: { value: string; label: string }[];
  issues: readonly Issue[] | undefined;
  testId: string;
}) {
  const set = (patch: Partial<OutcomeDraft>) => onChange({ ...gives, ...patch });
  const side = (label: string, key: 'holder' | 'custody' | 'by') => (
    <SelectField
      label={label}
      value={gives[key]}
      choices={sides}
      onChange={(v) => set({ [key]: v })}
      testId={`${testId}-${key}`}
    />
  );
  return (
    <>
      {gives.kind === 'right' && (
        <>
          <SelectField
            label="Right"
            value={gives.right}
            choices={['primary', 'exclusive']}
            onChange={(v) => set({ right: v as OutcomeDraft['right'] })}
            testId={`${testId}-right`}
          />
          {side('Held by', 'holder')}
        </>
      )}
      {gives.kind === 'custody' && (
        <>
          {side('Custody with', 'custody')}
          <TextField
            label="Until"
            hint="(e.g. “trial: the host holds the accused from arrest”, or “indictment”)"
            value={gives.until}
            onChange={(v) => set({ until: v })}
            testId={`${testId}-until`}
          />
        </>
      )}
      {gives.kind === 'request' && (
        <>
          {side('Asked by', 'by')}
          <TextField
            label="What may be requested"
            value={gives.request}
            onChange={(v) => set({ request: v })}
            testId={`${testId}-request`}
          />
          <TextField
            label="What the other side owes the request"
            value={gives.response}
            onChange={(v) => set({ response: v })}
            testId={`${testId}-response`}
          />
          <TextField
            label="Deadline (optional)"
            value={gives.deadline}
            onChange={(v) => set({ deadline: v })}
            testId={`${testId}-deadline`}
          />
        </>
      )}
      {gives.kind === 'effect' && (
        <>
          {EFFECT_ANSWERS.map((key) => (
            <SelectField
              key={key}
              label={EFFECT_LABELS[key]}
              value={gives[key]}
              choices={answers[key].map((v) => ({
                value: v,
                label: ANSWER_WORDS[key][v] ?? v,
              }))}
              blank="(not said)"
              onChange={(v) => set({ [key]: v })}
              testId={`${testId}-${key}`}
            />
          ))}
          <TextField
            label="Effect, in a sentence"
            value={gives.effect}
            onChange={(v) => set({ effect: v })}
            testId={`${testId}-effect`}
          />
        </>
      )}
      <FieldIssues id={`${testId}-gives-issues`} issues={issues} />
    </>
  );
}

export function RuleFields({
  rule,
  index,
  catalog,
  base,
  issues,
  onChange,
  onRemove,
}: {
  rule: RuleDraft;
  index: number;
  catalog: SofaCatalog;
  base: SofaSummary | undefined;
  issues: (field: string) => Issue[] | undefined;
  onChange: (r: RuleDraft) => void;
  onRemove: () => void;
}) {
  const { name } = useWorkbench();
  const set = (patch: Partial<RuleDraft>) => onChange({ ...rule, ...patch });
  const at = (field: string) => issues(`rules.${index}.${field}`);
  const t = `rule-${index}`;
  const sides = (['receiving', 'sending'] as const).map((s) => ({
    value: s,
    label: sideName(base, s, name),
  }));
  const usual = (topic: string) =>
    catalog.ruleTopics.find((x) => x.id === topic)?.gives ?? 'effect';
  const displaceable = (base?.rules ?? []).filter((r) => r.topic === rule.topic);
  return (
    <fieldset className="sofa-rule" data-testid={t} data-rule={rule.id}>
      <legend>
        Rule {index + 1} <small>({rule.id})</small>
      </legend>
      <FieldIssues id={`${t}-issues`} issues={at('rule')} />
      <SelectField
        label="Topic"
        value={rule.topic}
        choices={catalog.ruleTopics.map((x) => x.id)}
        onChange={(topic) =>
          set({ topic, replaces: [], gives: { ...rule.gives, kind: usual(topic) } })
        }
        testId={`${t}-topic`}
      />
      <SelectField
        label="What it gives"
        value={rule.gives.kind}
        choices={GIVES}
        onChange={(kind) => set({ gives: { ...rule.gives, kind: kind as OutcomeKind } })}
        testId={`${t}-gives`}
      />
      <OutcomeFields
        gives={rule.gives}
        onChange={(gives) => set({ gives })}
        answers={catalog.answers}
        sides={sides}
        issues={at('gives')}
        testId={t}
      />
      <details open>
        <summary>When it applies</summary>
        <Checks
          legend="Only for these offences (none ticked: any offence)"
          value={rule.offences}
          choices={catalog.offences.map((o) => ({ value: o.id, label: o.id, title: o.label }))}
          onChange={(offences) => set({ offences })}
          testId={`${t}-offence`}
        />
        <SelectField
          label="Only where this side has the right to exercise jurisdiction"
          value={rule.jurisdiction}
          choices={sides}
          blank="(either side)"
          onChange={(v) => set({ jurisdiction: v as RuleDraft['jurisdiction'] })}
          testId={`${t}-jurisdiction`}
        />
        <FieldIssues id={`${t}-when-issues`} issues={at('when')} />
      </details>
      {displaceable.length > 0 && (
        <Checks
          legend={`Displaces these rules of ${base?.shortName ?? 'the base'}`}
          value={rule.replaces}
          choices={displaceable.map((r) => ({
            value: r.id,
            label: `${r.article} (${r.id})`,
            title: r.summary,
          }))}
          onChange={(replaces) => set({ replaces })}
          testId={`${t}-replaces`}
        />
      )}
      <FieldIssues id={`${t}-replaces-issues`} issues={at('replaces')} />
      <TextField
        label="Summary of the rule"
        value={rule.summary}
        onChange={(summary) => set({ summary })}
        issues={at('summary')}
        testId={`${t}-summary`}
      />
      <TextField
        label="Proposed article"
        hint="(rules naming one article share it)"
        value={rule.article}
        onChange={(article) => set({ article })}
        issues={at('article')}
        testId={`${t}-article`}
      />
      <TextField
        label="What the article provides (a cited description: no text exists)"
        value={rule.description}
        onChange={(description) => set({ description })}
        issues={at('description')}
        testId={`${t}-description`}
        multiline
      />
      <TextField
        label="Source of the article’s idea"
        value={rule.articleSource}
        onChange={(articleSource) => set({ articleSource })}
        issues={at('articleSource')}
        testId={`${t}-article-source`}
      />
      <TextField
        label="Assumption: what the design assumes"
        value={rule.says}
        onChange={(says) => set({ says })}
        issues={at('says')}
        testId={`${t}-says`}
        multiline
      />
      <TextField
        label="Assumption’s source (required: where the idea comes from)"
        value={rule.source}
        onChange={(source) => set({ source })}
        issues={at('source')}
        testId={`${t}-source`}
      />
      {rule.copies.length > 0 && (
        <p className="note">
          Copies: {rule.copies.map((c) => `${c.sofa} ${c.article}`).join('; ')}
        </p>
      )}
      <FieldIssues id={`${t}-copies-issues`} issues={at('copies')} />
      <button type="button" onClick={onRemove} data-testid={`${t}-remove`}>
        Remove rule {index + 1}
      </button>
    </fieldset>
  );
}
