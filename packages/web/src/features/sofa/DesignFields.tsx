/** The SOFA designer's labelled fields, each with the validator's issues about it beside it, in sentences. */
import type { Issue } from '@casus/core';
import { useId } from 'react';
import { issueSentences } from '../common/IssueList.tsx';

/** The issues about one field, in words; the field points at them with aria-describedby. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly Issue[] | undefined }) {
  if (!issues?.length) return null;
  return (
    <ul className="issues field-issues" id={id} data-testid="field-issues">
      {issues.map((i) => (
        <li
          key={`${i.pointer}|${i.message}`}
          className={`issue issue-${i.severity}`}
          data-code={i.code}
        >
          {issueSentences(i)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A labelled text input (or text area) with its issues below it.
 * @example <TextField label="Source" value={r.source} onChange={…} issues={byField.get('rules.0.source')} />
 */
export function TextField({
  label,
  value,
  onChange,
  issues,
  testId,
  multiline = false,
  hint,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  issues?: readonly Issue[] | undefined;
  testId?: string | undefined;
  multiline?: boolean;
  hint?: string | undefined;
}) {
  const inputId = useId();
  const issuesId = `${inputId}-issues`;
  const bad = issues?.some((i) => i.severity === 'error');
  const props = {
    id: inputId,
    value,
    'data-testid': testId,
    'aria-invalid': bad || undefined,
    'aria-describedby': issues?.length ? issuesId : undefined,
  };
  return (
    <div className={bad ? 'field field-bad' : 'field'}>
      <label htmlFor={inputId}>
        {label}
        {hint && <small> {hint}</small>}
      </label>
      {multiline ? (
        <textarea rows={3} {...props} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldIssues id={issuesId} issues={issues} />
    </div>
  );
}

/**
 * Checkboxes in a fieldset: the ticked values of `choices`.
 * @example <Checks legend="Offences" value={r.offences} choices={offences} onChange={…} />
 */
export function Checks({
  legend,
  value,
  choices,
  onChange,
  testId,
}: {
  legend: string;
  value: readonly string[];
  choices: readonly { value: string; label: string; title?: string | undefined }[];
  onChange: (v: string[]) => void;
  testId: string;
}) {
  return (
    <fieldset className="checks" data-testid={testId}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="inline" title={c.title}>
          <input
            type="checkbox"
            checked={value.includes(c.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, c.value] : value.filter((x) => x !== c.value))
            }
            data-testid={`${testId}-${c.value}`}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
