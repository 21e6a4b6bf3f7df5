/** Hash routing: "#/scenario?target=JPN.senkaku" → {view: 'scenario', params}. */
import { useEffect, useState } from 'react';

export const VIEWS = ['map', 'scenario', 'compare', 'designer', 'sofa'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  params: URLSearchParams;
}

/**
 * Reads a location hash.
 * @example parseHash('#/scenario?target=JPN.senkaku').params.get('target') // 'JPN.senkaku'
 */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'map';
  return { view, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parseHash(hash);
}
