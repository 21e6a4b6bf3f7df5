/** Findings sorted into the four groups the scenario view shows. */
import type { Finding } from '@casus/core';

export type Group = 'duty' | 'permission' | 'policy' | 'none';

export const GROUP_TITLES: Record<Group, string> = {
  duty: 'Duties',
  permission: 'Permissions',
  policy: 'Policy',
  none: 'Did not fire',
};

/**
 * Groups findings by category, keeping the engine's order within each group.
 * @example groupFindings(findings).duty.map((f) => f.obligor) // ['USA']
 */
export function groupFindings(findings: readonly Finding[]): Record<Group, Finding[]> {
  const out: Record<Group, Finding[]> = { duty: [], permission: [], policy: [], none: [] };
  for (const f of findings) out[f.fired ? f.category : 'none'].push(f);
  return out;
}

/** States with a fired defence duty: the ones the map tints as obliged. */
export const obligedStates = (findings: readonly Finding[]): string[] => [
  ...new Set(
    findings.filter((f) => f.fired && f.obligation === 'must-defend').map((f) => f.obligor),
  ),
];
