/** The coverage matrix: who owes whom a defence duty in an architecture on a date. */
import { asDate, holds, type Issue, type Library, prepareWorld } from '@casus/core';
import { derive } from './derive.ts';
import type { CoverageCell, Setup } from './protocol.ts';

/**
 * One cell per obligor → beneficiary pair with a defence duty in force (suspended pairs left out).
 * @example coverageOf(lib, {architecture: 'status-quo', date: '2025-01-01'}).cells.find((c) => c.obligor === 'USA')
 */
export function coverageOf(lib: Library, setup: Setup): { cells: CoverageCell[]; issues: Issue[] } {
  const d = derive(lib, setup);
  if (!d.library.architectures.has(d.architecture as never)) return { cells: [], issues: d.issues };
  const world = prepareWorld(d.library, { architecture: d.architecture, date: asDate(setup.date) });
  const cells = new Map<string, CoverageCell>();
  for (const slate of world.byVictim.values())
    for (const p of slate.groups.flatMap((g) => g.pairs)) {
      if (p.obligation !== 'must-defend' || !holds(p)) continue;
      if (p.exceptions.some((e) => e.kind === 'suspension')) continue;
      const key = `${p.obligor}>${p.beneficiary}`;
      const cell = cells.get(key) ?? {
        obligor: p.obligor,
        beneficiary: p.beneficiary,
        duties: 0,
        automatic: 0,
        agreements: [],
      };
      cell.duties += 1;
      if (p.clause.response === 'automatic') cell.automatic += 1;
      if (!cell.agreements.includes(p.agreement.shortName))
        cell.agreements.push(p.agreement.shortName);
      cells.set(key, cell);
    }
  return { cells: [...cells.values()], issues: d.issues };
}
