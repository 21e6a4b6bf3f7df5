/** The scenario battery under two architectures, and quick honoured-mode comparisons across many. */
import {
  type AgreementId,
  asDate,
  designEffect,
  type Issue,
  type Library,
  majorPowersOn,
  prepareWorld,
  runCascade,
  type Scenario,
} from '@casus/core';
import { derive } from './derive.ts';
import type { BatteryRow, QuickCompareRow, Setup } from './protocol.ts';

/**
 * Every library scenario under the base architecture and under the base plus the design.
 * @example runBattery(lib, {architecture: 'status-quo', date: '2025-01-01', design: pact}).rows[0].design.obliged
 */
export function runBattery(
  lib: Library,
  setup: Setup & { design: unknown },
): { rows: BatteryRow[]; issues: Issue[] } {
  const d = derive(lib, { architecture: setup.architecture, extra: [setup.design as never] });
  if (!lib.architectures.has(setup.architecture as never))
    return { rows: [], issues: [...d.issues, missingArchitecture(setup.architecture)] };
  const added = d.library === lib ? [] : [(setup.design as { id: AgreementId }).id];
  const rows = [...lib.scenarios.values()].map((s) => {
    const on = (l: Library, architecture: string) =>
      prepareWorld(l, { architecture, date: asDate(s.date), assumptions: s.assumptions });
    const effect = designEffect(
      on(lib, setup.architecture),
      on(d.library, d.architecture),
      s.events,
      added,
    );
    return { scenario: s.id, name: s.name, ...effect };
  });
  return { rows, issues: d.issues };
}

function missingArchitecture(id: string): Issue {
  return {
    code: 'unknown_architecture',
    severity: 'error',
    pointer: '/architecture',
    message: `architecture "${id}" is not defined`,
  };
}

/** Counts for one scenario's honoured cascade: the coalitions each side gathers. */
function quickRow(lib: Library, architecture: string, label: string, s: Scenario): QuickCompareRow {
  const world = prepareWorld(lib, {
    architecture,
    date: asDate(s.date),
    assumptions: s.assumptions,
  });
  const { entries } = runCascade(world, s.events, { mode: 'honoured' });
  const joined = entries.filter((e) => e.round > 0);
  const side = (x: 'attacker' | 'defender') => joined.filter((e) => e.side === x);
  const majors = new Set<string>(majorPowersOn(s.date));
  const majorOn = (x: 'attacker' | 'defender') =>
    entries.some((e) => e.side === x && majors.has(e.state));
  return {
    scenario: s.id,
    architecture: label,
    defenders: side('defender').length,
    attackers: side('attacker').length,
    majorWar: majorOn('attacker') && majorOn('defender'),
  };
}

/**
 * Honoured-mode counts for each architecture over the battery; with `extra`, also the status quo plus the designs.
 * @example quickCompare(lib, {architectures: ['status-quo']}).rows.length // the number of scenarios
 */
export function quickCompare(
  lib: Library,
  req: { architectures: string[]; extra?: unknown[] | undefined; base?: string | undefined },
): { rows: QuickCompareRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rows: QuickCompareRow[] = [];
  const plan: [Library, string, string][] = req.architectures
    .filter((a) => lib.architectures.has(a as never))
    .map((a) => [lib, a, a]);
  if (req.extra?.length) {
    const base = req.base ?? req.architectures[0] ?? 'status-quo';
    const d = derive(lib, { architecture: base, extra: req.extra as never });
    issues.push(...d.issues);
    if (d.architecture !== base) plan.push([d.library, d.architecture, d.architecture]);
  }
  for (const s of lib.scenarios.values())
    for (const [l, arch, label] of plan) rows.push(quickRow(l, arch, label, s));
  return { rows, issues };
}
