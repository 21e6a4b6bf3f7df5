/**
 * The workbench's one store: the route, and each view's state kept in sync both ways with the
 * location hash (issue 14, "State in the URL"). A view writes its state here; the store writes the
 * hash (replaceState while typing, pushState on a step worth going back to). Back, forward, a
 * reload or a pasted link change the hash; the store takes the new route, and the view reads its
 * state from it again. A view's state outlives the view, so leaving it and coming back keeps it.
 */
import { create } from 'zustand';
import { hashOf, parseHash, type View } from './hash-route.ts';

/** A view's state as it was last read from or written to the URL, with what the URL got wrong. */
export interface Slot<T = unknown> {
  /** The query this state stands for: when the URL's query differs, the URL is read again. */
  query: string;
  value: T;
  /** Sentences about the link's parameters that could not be used, and what was used instead. */
  notices: string[];
}

export interface UrlStore {
  route: { view: View; query: string };
  slots: Partial<Record<View, Slot>>;
  /** The query each view last had, so its tab reopens it as it was left. */
  lastQuery: Partial<Record<View, string>>;
}

/** `push` adds a history entry (Back returns to the state before); `replace` rewrites the current one. */
export type HistoryStep = 'push' | 'replace';

function routeOf(hash: string): UrlStore['route'] {
  const { view, params } = parseHash(hash);
  return { view, query: params.toString() };
}

const initial = routeOf(typeof window === 'undefined' ? '' : window.location.hash);

export const useUrlStore = create<UrlStore>(() => ({
  route: initial,
  slots: {},
  lastQuery: { [initial.view]: initial.query },
}));

/** Takes the location's hash as the route (after Back, Forward, a typed or followed link). */
export function followLocation(hash: string): void {
  const route = routeOf(hash);
  useUrlStore.setState((s) => ({
    route,
    lastQuery: { ...s.lastQuery, [route.view]: route.query },
  }));
}

/**
 * Keeps a view's state as read from the URL, and rewrites the current entry's hash in full (the
 * link then says every field, today's date among them, and drops what it could not use).
 */
export function adoptSlot(view: View, slot: Slot): void {
  const s = useUrlStore.getState();
  const current = s.route.view === view;
  useUrlStore.setState({
    slots: { ...s.slots, [view]: slot },
    lastQuery: { ...s.lastQuery, [view]: slot.query },
    ...(current ? { route: { view, query: slot.query } } : {}),
  });
  const hash = hashOf(view, slot.query);
  if (current && typeof window !== 'undefined' && hash !== window.location.hash)
    window.history.replaceState(null, '', hash);
}

/** Whether the current history entry is a step to keep (the state a run was made in, say). */
let checkpoint = false;

/**
 * Keeps a view's new state and writes it to the hash, if the view is the one on screen.
 * @example writeSlot('compare', {trials: 5000}, 'trials=5000', 'replace') // #/compare?trials=5000
 */
export function writeSlot(view: View, value: unknown, query: string, step: HistoryStep): void {
  const s = useUrlStore.getState();
  useUrlStore.setState({
    slots: { ...s.slots, [view]: { query, value, notices: [] } },
    lastQuery: { ...s.lastQuery, [view]: query },
    ...(s.route.view === view ? { route: { view, query } } : {}),
  });
  if (s.route.view !== view || typeof window === 'undefined') return;
  const hash = hashOf(view, query);
  const changed = hash !== window.location.hash;
  // After a step worth going back to, the next change starts a new entry instead of rewriting it.
  const push = changed && (step === 'push' || checkpoint);
  if (push) window.history.pushState(null, '', hash);
  else if (changed) window.history.replaceState(null, '', hash);
  checkpoint = step === 'push' || (checkpoint && !push);
}

if (typeof window !== 'undefined') {
  const follow = () => followLocation(window.location.hash);
  window.addEventListener('hashchange', follow);
  window.addEventListener('popstate', follow);
}
