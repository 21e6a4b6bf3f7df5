/** A view's state from the one store, read from the URL when the URL changes and written back on each change. */
import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useWorkbench, type Workbench } from './catalog-context.tsx';
import type { View } from './hash-route.ts';
import { adoptSlot, type HistoryStep, type Slot, useUrlStore, writeSlot } from './url-store.ts';

/** What a view's state decodes to from its URL parameters, with a sentence for each one not used. */
export interface Decoded<T> {
  value: T;
  notices: string[];
}

/** How a view's state is written in its URL: decode must take any parameters (defaults for the bad ones). */
export interface UrlCodec<T> {
  decode(params: URLSearchParams, workbench: Workbench): Decoded<T>;
  encode(value: T): URLSearchParams;
  /** What else a state read from the URL sets in the store (the comparison's link carries a design). */
  adopt?(value: T, workbench: Workbench): void;
}

/**
 * Like useState, kept in the store and the URL: `set(next, 'push')` adds a history entry.
 * @example const [state, set, notices] = useUrlState('compare', compareCodec)
 */
export function useUrlState<T>(
  view: View,
  codec: UrlCodec<T>,
): [T, (next: T, step?: HistoryStep) => void, string[]] {
  const workbench = useWorkbench();
  const query = useUrlStore((s) => (s.route.view === view ? s.route.query : undefined));
  const slot = useUrlStore((s) => s.slots[view]) as Slot<T> | undefined;
  // The URL wins when it says something else than the state (Back, a pasted link, a reload).
  const stale = !slot || (query !== undefined && query !== slot.query);
  const fresh = useMemo(() => {
    if (!stale) return undefined;
    const { value, notices } = codec.decode(new URLSearchParams(query ?? ''), workbench);
    return { query: codec.encode(value).toString(), value, notices };
  }, [stale, query, codec, workbench]);
  useLayoutEffect(() => {
    if (!fresh) return;
    adoptSlot(view, fresh);
    codec.adopt?.(fresh.value, workbench);
  }, [view, fresh, codec, workbench]);
  const current = fresh ?? (slot as Slot<T>);
  const set = useCallback(
    (next: T, step: HistoryStep = 'replace') =>
      writeSlot(view, next, codec.encode(next).toString(), step),
    [view, codec],
  );
  return [current.value, set, current.notices];
}
