/** State kept in localStorage, so that work survives leaving the view and reloading the page (issue 14). */
import { useEffect, useState } from 'react';

/**
 * The stored value under `key` when `accept` takes it (an older or foreign shape is dropped), else `init()`.
 * @example readStored('casus.sofa-design', isDesign, blank) // the design saved last time
 */
export function readStored<T>(key: string, accept: (v: unknown) => v is T, init: () => T): T {
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(key) ?? 'null');
    return accept(v) ? v : init();
  } catch {
    return init();
  }
}

/**
 * Like useState, saved under `key` on every change.
 * @example const [design, setDesign] = useStoredState('casus.sofa-design', isDesign, blank)
 */
export function useStoredState<T>(key: string, accept: (v: unknown) => v is T, init: () => T) {
  const [value, setValue] = useState<T>(() => readStored(key, accept, init));
  useEffect(() => {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused (private mode): the design lives on in memory only.
    }
  }, [key, value]);
  return [value, setValue] as const;
}
