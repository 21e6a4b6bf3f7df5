/** One saved item: its name, id and when it was saved, and Open, Rename, Duplicate and Delete (confirmed). */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { SavedItem } from '../../api/client.ts';
import type { SavedSection } from './sections.ts';

export type RowAction =
  | { verb: 'open' }
  | { verb: 'rename' | 'duplicate'; to: string }
  | { verb: 'delete' };

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The inline step a row is in: asking for a new id, or asking to confirm a delete. */
type Step = { ask: 'rename' | 'duplicate'; to: string } | { ask: 'delete' } | undefined;

export function SavedRow({
  section,
  saved,
  copyTo,
  act,
}: {
  section: SavedSection;
  saved: SavedItem<{ name?: string }>;
  /** The id a duplicate is offered. */
  copyTo: string;
  /** Does the action; resolves to an error in words, or undefined when it was done. */
  act(action: RowAction): Promise<string | undefined>;
}) {
  const [step, setStep] = useState<Step>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement & HTMLButtonElement>(null);
  const inputId = useId();
  const name = saved.item.name ?? saved.id;
  const label = `${section.one} “${name}” (${saved.id})`;
  // A new step takes the focus, so a keyboard user lands on what it asks.
  useEffect(() => {
    if (step) first.current?.focus();
  }, [step]);
  const run = async (action: RowAction) => {
    setBusy(true);
    const problem = await act(action);
    setBusy(false);
    setError(problem);
    if (!problem) setStep(undefined);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step?.ask === 'rename' || step?.ask === 'duplicate') run({ verb: step.ask, to: step.to });
  };
  return (
    <li className="saved-row" data-testid={`saved-${section.kind}-${saved.id}`}>
      <div className="saved-what">
        <strong>{name}</strong> <code>{saved.id}</code>{' '}
        <small>
          saved <time dateTime={saved.updatedAt}>{when.format(new Date(saved.updatedAt))}</time>
        </small>
      </div>
      <div className="saved-actions">
        <button
          type="button"
          onClick={() => run({ verb: 'open' })}
          aria-label={`Open ${label}`}
          data-testid="saved-open"
        >
          Open
        </button>
        <button
          type="button"
          onClick={() => setStep({ ask: 'rename', to: saved.id })}
          aria-label={`Rename ${label}`}
          data-testid="saved-rename"
        >
          Rename
        </button>
        <button
          type="button"
          onClick={() => setStep({ ask: 'duplicate', to: copyTo })}
          aria-label={`Duplicate ${label}`}
          data-testid="saved-duplicate"
        >
          Duplicate
        </button>
        <button
          type="button"
          onClick={() => setStep({ ask: 'delete' })}
          aria-label={`Delete ${label}`}
          data-testid="saved-delete"
        >
          Delete
        </button>
      </div>
      {(step?.ask === 'rename' || step?.ask === 'duplicate') && (
        <form className="saved-step" onSubmit={submit}>
          <label htmlFor={inputId}>{step.ask === 'rename' ? 'New id' : 'Id of the copy'}</label>
          <input
            id={inputId}
            ref={first}
            value={step.to}
            onChange={(e) => setStep({ ...step, to: e.target.value })}
            required
            spellCheck={false}
            data-testid="saved-new-id"
          />
          <button type="submit" className="primary" disabled={busy} data-testid="saved-confirm">
            {step.ask === 'rename' ? 'Rename' : 'Duplicate'}
          </button>
          <button type="button" onClick={() => setStep(undefined)}>
            Cancel
          </button>
        </form>
      )}
      {step?.ask === 'delete' && (
        <div className="saved-step">
          <span id={`${inputId}-ask`}>Delete the {label}? This cannot be undone.</span>
          <button
            type="button"
            ref={first}
            className="danger"
            disabled={busy}
            onClick={() => run({ verb: 'delete' })}
            aria-describedby={`${inputId}-ask`}
            data-testid="saved-confirm"
          >
            Delete
          </button>
          <button type="button" onClick={() => setStep(undefined)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert" data-testid="saved-error">
          {error}
        </p>
      )}
    </li>
  );
}
