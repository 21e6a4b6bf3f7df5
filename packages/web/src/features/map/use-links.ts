/** The map links of an architecture on a date, fetched from the engine worker. */
import type { AgreementInput } from '@casus/core';
import { useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { AgreementSummary } from '../../engine/protocol.ts';
import { buildLinks, type MapLink } from './links.ts';

export function useLinks(architecture: string, date: string, extra?: AgreementInput[]) {
  const [state, setState] = useState<{ agreements: AgreementSummary[]; links: MapLink[] }>({
    agreements: [],
    links: [],
  });
  useEffect(() => {
    let live = true;
    if (!architecture || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    engine.call('links', { architecture, date, extra }).then((agreements) => {
      if (live) setState({ agreements, links: buildLinks(agreements) });
    });
    return () => {
      live = false;
    };
  }, [architecture, date, extra]);
  return state;
}
