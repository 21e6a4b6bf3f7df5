/** The text of `casus compare`'s paired differences: each architecture against the status quo, per scenario and over the battery. */
import type { Comparison } from '@casus/runner';
import { table } from '../render/table.ts';
import { numDiff, pctDiff } from '../sim/format.ts';

type Differences = NonNullable<Comparison['differences']>;

/**
 * Two tables: the measures' differences per scenario and over the battery, then P(entangled) per member.
 * @example renderDifferences(answer.differences, ['JPN', 'USA'])
 */
export function renderDifferences(d: Differences, members: readonly string[]): string {
  const cells = (r: Differences['rows'][number] | Differences['battery'][number]) => [
    numDiff(r.deterrence),
    pctDiff(r.deterred),
    numDiff(r.entangled),
    pctDiff(r.widened),
  ];
  const rows = [
    ...d.rows.map((r) => [r.scenario, r.architecture, ...cells(r)]),
    ...d.battery.map((r) => ['over the battery', r.architecture, ...cells(r)]),
  ];
  const others = d.battery.map((r) => r.architecture);
  const memberRows = members.map((m) => [m, ...d.battery.map((r) => pctDiff(r.entanglement[m]))]);
  return [
    `DIFFERENCE FROM ${d.baseline}, paired (each scenario drew the same random numbers, trial by trial, under every architecture)`,
    table(
      [
        'scenario',
        'architecture',
        'deterrence',
        'P(deterred)',
        'entangled states',
        'P(2nd major power)',
      ],
      rows,
    ),
    '',
    `P(ENTANGLED) BY MEMBER, difference from ${d.baseline}`,
    table(['state', ...others], memberRows),
  ].join('\n');
}
