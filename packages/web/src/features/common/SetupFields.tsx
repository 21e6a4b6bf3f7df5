/** The fields that set what every view looks at: the architecture and the date. */
import { useWorkbench } from './catalog-context.tsx';
import { SelectField } from './SelectField.tsx';

/**
 * A drop-down of the library's architectures.
 * @example <ArchitectureField value={arch} onChange={setArch} testId="map-architecture" />
 */
export function ArchitectureField({
  value,
  onChange,
  testId,
  label = 'Architecture',
}: {
  value: string;
  onChange: (id: string) => void;
  testId: string;
  label?: string;
}) {
  const { catalog } = useWorkbench();
  return (
    <SelectField
      label={label}
      value={value}
      choices={catalog.architectures.map((a) => ({ value: a.id, label: a.name }))}
      onChange={onChange}
      testId={testId}
    />
  );
}

/**
 * A date picker (YYYY-MM-DD).
 * @example <DateField value={date} onChange={setDate} testId="map-date" />
 */
export function DateField({
  value,
  onChange,
  testId,
  invalid,
  describedBy,
}: {
  value: string;
  onChange: (date: string) => void;
  testId?: string | undefined;
  /** The engine found the date wrong (it says why elsewhere). */
  invalid?: boolean | undefined;
  /** The id of the note about the date (e.g. outside the library's years). */
  describedBy?: string | undefined;
}) {
  return (
    <label>
      Date
      <input
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-testid={testId}
      />
    </label>
  );
}
