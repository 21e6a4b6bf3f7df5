/** The pact being designed, shared between the designer and the comparison (a tiny external store). */
import type { AgreementInput } from '@casus/core';
import { useSyncExternalStore } from 'react';

let current: AgreementInput | undefined;
const listeners = new Set<() => void>();

export function setDesignedPact(agreement: AgreementInput | undefined): void {
  current = agreement;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The last valid design, or undefined before one is made. */
export const useDesignedPact = (): AgreementInput | undefined =>
  useSyncExternalStore(subscribe, () => current);
