/** `casus sensitivity` for people: the tornado as a table with a text bar per parameter, and the Sobol indices. */
import {
  type Estimate,
  layoutTornado,
  num,
  numDiff,
  pct,
  pctDiff,
  type SensitivityMeasure,
} from '@casus/core';
import type { OneAtATimeAnswer, SobolAnswer } from '@casus/runner';
import { table } from '../render/table.ts';

/** Probabilities print as percentages (differences in points), the other measures as numbers. */
const formatsOf = (m: SensitivityMeasure) =>
  m.kind === 'p' || m.kind === 'escalation'
    ? { value: pct, diff: pctDiff }
    : { value: (e: Estimate) => num(e, 3), diff: (e: Estimate) => numDiff(e, 3) };

const BAR = 32;
const fmt = (v: number) => Number(v.toPrecision(3)).toString();

/** One text bar: ▓ from the point value to the measure at the parameter's low, ░ to its high, │ the point. */
function textBar(x0: number, xLow: number, xHigh: number): string {
  const [at, low, high] = [x0, xLow, xHigh].map(Math.round) as [number, number, number];
  const cells = Array.from({ length: BAR + 1 }, () => ' ');
  const fill = (to: number, ch: string) => {
    for (let c = Math.min(at, to); c <= Math.max(at, to); c++) cells[c] = ch;
  };
  fill(low, '▓');
  fill(high, '░');
  cells[at] = '│';
  return cells.join('');
}

/** Each architecture's tornado as a table, widest swing first. */
export function renderTornado(answer: OneAtATimeAnswer): string {
  const f = formatsOf(answer.measure);
  return answer.tornado
    .map((t) => {
      const layout = layoutTornado(t.rows, t.point.value, {
        width: BAR,
        left: 0,
        right: 0,
        top: 0,
        rowHeight: 1,
      });
      const bars = new Map(layout.bars.map((b) => [b.parameter, textBar(b.x0, b.xLow, b.xHigh)]));
      const axis = `${fmt(layout.ticks[0]!.value)} … ${fmt(layout.ticks.at(-1)!.value)}`;
      return [
        `${t.architecture.toUpperCase()}: ${f.value(t.point)} at the point values`,
        table(
          [
            'parameter',
            'range',
            'low → high',
            'at low',
            'at high',
            'swing (high − low, 95%)',
            `tornado (${axis})`,
          ],
          t.rows.map((r) => [
            r.parameter,
            r.range,
            `${fmt(r.low)} → ${fmt(r.high)}`,
            f.value(r.atLow),
            f.value(r.atHigh),
            f.diff(r.swing),
            bars.get(r.parameter) ?? '',
          ]),
        ),
      ].join('\n');
    })
    .join('\n\n');
}

/** Each architecture's Sobol indices, largest total first. */
export function renderSobol(answer: SobolAnswer): string {
  return answer.sobol
    .map((s) =>
      [
        `${s.architecture.toUpperCase()}: variance of the measure over the design ${s.variance.toPrecision(3)}`,
        table(
          ['parameter', 'range (drawn uniformly)', 'first-order S_i', 'total S_Ti'],
          s.indices.map((i) => [i.parameter, i.range, i.first.toFixed(3), i.total.toFixed(3)]),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}
