/** Hash routing: "#/scenario?target=JPN.senkaku" → {view: 'scenario', params}, and back. */

export const VIEWS = ['map', 'scenario', 'compare', 'designer', 'sofa', 'network'] as const;
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
  const [path = '', ...query] = hash.replace(/^#\/?/, '').split('?');
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'map';
  return { view, params: new URLSearchParams(query.join('?')) };
}

/**
 * The hash for a view and its query (no "?" when the query is empty).
 * @example hashOf('scenario', 'target=JPN.senkaku') // '#/scenario?target=JPN.senkaku'
 */
export const hashOf = (view: View, query: string): string =>
  query ? `#/${view}?${query}` : `#/${view}`;
