/** A labelled drop-down over a list of choices, the one way the workbench's forms pick from a list. */
import type { ReactNode } from 'react';

/** One option: its value, the words shown, and an optional tooltip. */
export interface Choice {
  value: string;
  label: string;
  title?: string | undefined;
}

/**
 * A `<label>` around a `<select>`; plain strings are their own label.
 * @example <SelectField label="Response" value={r} choices={RESPONSES} onChange={setR} />
 */
export function SelectField({
  label,
  value,
  choices,
  onChange,
  testId,
  blank,
}: {
  label: ReactNode;
  value: string;
  choices: readonly (string | Choice)[];
  onChange: (value: string) => void;
  testId?: string | undefined;
  /** Words for an empty first option, when "none" is a choice. */
  blank?: string | undefined;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {blank !== undefined && <option value="">{blank}</option>}
        {choices.map((c) => {
          const {
            value: v,
            label: text,
            title,
          } = typeof c === 'string' ? { value: c, label: c, title: undefined } : c;
          return (
            <option key={v} value={v} title={title}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}
