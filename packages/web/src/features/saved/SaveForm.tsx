/** "Save as <id>": puts what the view shows in the server's saved items, and says how that went. */
import { type FormEvent, useId, useState } from 'react';
import { type SavedKind, saved } from '../../api/client.ts';
import { errorWords } from './error-words.ts';
import './save-form.css';

export function SaveForm({
  kind,
  suggestedId,
  item,
  what,
  testId,
}: {
  kind: SavedKind;
  suggestedId: string;
  /** The item to save under `id` (its own id set to it). */
  item(id: string): unknown;
  /** What is saved, for the button's name: "scenario", "comparison". */
  what: string;
  testId: string;
}) {
  const [id, setId] = useState(suggestedId);
  const [status, setStatus] = useState<string>();
  const inputId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('Saving…');
    try {
      await saved.put(kind, id, item(id));
      setStatus(`Saved as ${id}; open it again from Saved work.`);
    } catch (err) {
      setStatus(`Not saved: ${errorWords(err)}`);
    }
  };
  return (
    <form className="save-form" onSubmit={submit} aria-label={`Save this ${what}`}>
      <label htmlFor={inputId}>Save as</label>
      <input
        id={inputId}
        value={id}
        onChange={(e) => {
          setId(e.target.value);
          setStatus(undefined);
        }}
        required
        spellCheck={false}
        data-testid={`${testId}-id`}
      />
      <button type="submit" data-testid={`${testId}-button`}>
        Save {what}
      </button>
      <span aria-live="polite" data-testid={`${testId}-status`}>
        {status}
      </span>
    </form>
  );
}
