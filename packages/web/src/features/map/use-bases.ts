/** The bases an architecture counts on a date, from GET /api/bases. */
import type { Base } from '@casus/core';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

export function useBases(architecture: string, date: string): readonly Base[] {
  const [bases, setBases] = useState<readonly Base[]>([]);
  useEffect(() => {
    let live = true;
    if (!architecture || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    api.bases({ architecture, date }).then(
      (out) => live && setBases(out.bases),
      // the map still works without bases; the markers are simply absent
      () => live && setBases([]),
    );
    return () => {
      live = false;
    };
  }, [architecture, date]);
  return bases;
}
