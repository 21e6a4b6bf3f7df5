/** The text of `casus compare`'s paired differences: each architecture against the status quo, per scenario and over the battery. */

import { type Estimate, MEASURE_HEADINGS, numDiff, pctDiff } from '@casus/core';
import type { Comparison } from '@casus/runner';
import { table } from '../render/table.ts';

type Differences = NonNullable<Comparison['differences']>;

type Row = Differences['rows'][number] | Differences['battery'][number];
type Cells = Pick<Row, 'deterrence' | 'deterred' | 'entangled' | 'widened' | 'nuclearOpposed'> & {
  entanglement?: Record<string, Estimate | undefined> | undefined;
};

/**
 * Two tables: the measures' differences per scenario and over the battery, then P(entangled) per
 * member; with `model`, the same from each row's model intervals (Monte Carlo and parameter
 * uncertainty together), or nothing where a row has none.
 * @example renderDifferences(answer.differences, ['JPN', 'USA'])
 */
export function renderDifferences(
  d: Differences,
  members: readonly string[],
  model = false,
): string {
  const of = (r: Row): Cells | undefined => (model ? r.model : r);
  if (model && !d.battery.some((r) => r.model)) return '';
  const cells = (r: Row) => {
    const c = of(r);
    return [
      numDiff(c?.deterrence),
      pctDiff(c?.deterred),
      numDiff(c?.entangled),
      pctDiff(c?.widened),
      pctDiff(c?.nuclearOpposed),
    ];
  };
  const rows = [
    ...d.rows.map((r) => [r.scenario, r.architecture, ...cells(r)]),
    ...d.battery.map((r) => ['over the battery', r.architecture, ...cells(r)]),
  ];
  const others = d.battery.map((r) => r.architecture);
  const memberRows = members.map((m) => [
    m,
    ...d.battery.map((r) => pctDiff(of(r)?.entanglement?.[m])),
  ]);
  const title = model
    ? `DIFFERENCE FROM ${d.baseline}, MODEL 95% (the paired difference block by block, each block under its own draw of the coefficients)`
    : `DIFFERENCE FROM ${d.baseline}, paired (each scenario drew the same random numbers, trial by trial, under every architecture)`;
  return [
    title,
    table(['scenario', 'architecture', ...MEASURE_HEADINGS], rows),
    '',
    `P(ENTANGLED) BY MEMBER, difference from ${d.baseline}${model ? ', model 95%' : ''}`,
    table(['state', ...others], memberRows),
  ].join('\n');
}
