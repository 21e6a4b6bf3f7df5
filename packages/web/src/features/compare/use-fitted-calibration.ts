/** The reliability file a compare job's answers used, and the server's fitted calibration to show beside it: read once per result, for the panel and the HTML report. */
import type { ModelCalibration, UsedReliability } from '@casus/core';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

/** The model stamp's reliability file of a Monte Carlo job's result; none for the plain honoured battery. */
const usedReliability = (result: unknown): UsedReliability | undefined =>
  (result as { model?: { reliability?: UsedReliability } } | undefined)?.model?.reliability;

export interface FittedCalibration {
  used: UsedReliability | undefined;
  /** undefined while it is read; null where the library has no fitted calibration. */
  fitted: ModelCalibration | null | undefined;
  error: string | undefined;
}

export function useFittedCalibration(result: unknown): FittedCalibration {
  const used = usedReliability(result);
  const [fitted, setFitted] = useState<ModelCalibration | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!used) return;
    api.calibration().then(
      (r) => setFitted(r.calibration),
      (e: Error) => setError(e.message),
    );
  }, [used]);
  return { used, fitted, error };
}
