/** "Saved work" in the header: a dialog listing the saved scenarios, designs and comparisons, to reopen, rename, duplicate or delete. */
import { useCallback, useId, useRef, useState } from 'react';
import { type SavedItem, type SavedKind, saved } from '../../api/client.ts';
import { loadWorkbench } from '../common/catalog-context.tsx';
import { errorWords } from './error-words.ts';
import { type RowAction, SavedRow } from './SavedRow.tsx';
import { copyId, SAVED_SECTIONS } from './sections.ts';
import './saved.css';

type Lists = Partial<Record<SavedKind, SavedItem<{ name?: string }>[]>>;

export function SavedWork() {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [lists, setLists] = useState<Lists>({});
  const [problem, setProblem] = useState<string>();
  const titleId = useId();
  const refresh = useCallback(async () => {
    try {
      const all = await Promise.all(
        SAVED_SECTIONS.map((s) => saved.list<{ name?: string }>(s.kind)),
      );
      setLists(Object.fromEntries(SAVED_SECTIONS.map((s, i) => [s.kind, all[i]])));
      setProblem(undefined);
    } catch (e) {
      setProblem(`The saved work could not be read: ${errorWords(e)}`);
    }
  }, []);
  const open = () => {
    setLists({});
    dialog.current?.showModal();
    title.current?.focus();
    refresh();
  };
  const close = () => dialog.current?.close();
  const act = (kind: SavedKind, item: SavedItem) => async (a: RowAction) => {
    try {
      if (a.verb === 'open') {
        // The views' URL codecs load with the first Open, not with the page.
        const [{ reopenHash }, workbench] = await Promise.all([
          import('./reopen.ts'),
          loadWorkbench(),
        ]);
        const hash = reopenHash(kind, item.item, workbench);
        close();
        window.location.hash = hash;
        return undefined;
      }
      if (a.verb === 'delete') await saved.remove(kind, item.id);
      else await saved[a.verb](kind, item.id, a.to);
      await refresh();
      // The row asked from is gone or has moved: the panel's title keeps the focus in the dialog.
      title.current?.focus();
      return undefined;
    } catch (e) {
      return errorWords(e);
    }
  };
  return (
    <>
      <button
        type="button"
        ref={opener}
        className="saved-opener"
        onClick={open}
        aria-haspopup="dialog"
        data-testid="saved-work"
      >
        Saved work
      </button>
      <dialog
        ref={dialog}
        className="saved-dialog"
        aria-labelledby={titleId}
        onClose={() => opener.current?.focus()}
        data-testid="saved-dialog"
      >
        <header className="saved-header">
          <h2 id={titleId} ref={title} tabIndex={-1}>
            Saved work
          </h2>
          <button type="button" onClick={close} data-testid="saved-close">
            Close
          </button>
        </header>
        <p className="note">
          Kept by the server, so it is here after a reload and in any browser that opens this
          workbench. Open puts it back in its view, as a link would.
        </p>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        {SAVED_SECTIONS.map((section) => {
          const items = lists[section.kind];
          const headingId = `${titleId}-${section.kind}`;
          return (
            <section key={section.kind} aria-labelledby={headingId}>
              <h3 id={headingId}>{section.title}</h3>
              {items === undefined ? (
                <p className="muted">Loading…</p>
              ) : items.length === 0 ? (
                <p className="muted" data-testid={`saved-${section.kind}-empty`}>
                  None saved yet: save one in {section.madeIn}.
                </p>
              ) : (
                <ul className="saved-list" data-testid={`saved-${section.kind}`}>
                  {items.map((s) => (
                    <SavedRow
                      key={s.id}
                      section={section}
                      saved={s}
                      copyTo={copyId(
                        s.id,
                        items.map((x) => x.id),
                      )}
                      act={act(section.kind, s)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </dialog>
    </>
  );
}
