/** The backtest for people: its header, and the summary as a table beside the published figures. */
import type { BacktestOutput } from '@casus/core';
import { table } from '../render/table.ts';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/**
 * @example renderBacktest(output) // 'backtest 1816-2007 · 95 wars · …\n\ngroup  tests  honoured  rate …'
 */
export function renderBacktest(output: BacktestOutput): string {
  const { header: h, summary: s } = output;
  const rows = s.rates.map((r) => [
    r.label,
    String(r.tests),
    String(r.honoured),
    pct(r.rate),
    r.low === null ? '–' : `${pct(r.low)}–${pct(r.high)}`,
    r.published
      .map(
        (p) =>
          `${pct(p.value)} ${p.source.split(',')[0]} ${p.period}${p.outside ? ' (outside)' : ''}`,
      )
      .join('; '),
  ]);
  return [
    `backtest ${h.years.from}-${h.years.to} · ${h.wars} wars · library ${h.libraryVersion}`,
    `data: ${[...new Set(h.data.map((d) => `${d.dataset} ${d.version}`))].join(', ')}`,
    `model for p: ${h.model.name} (${h.model.file}, sha256 ${h.model.sha256}); ${h.model.note}`,
    `conditions ATOP records without stating them: assumed ${h.unstatedConditions} (${s.assumedInvoked} of ${s.invoked} invoked pledges rest on one)`,
    '',
    `${s.cases} pledges owed to a state on the day it entered a war; ${s.invoked} invoked; ${s.tests} testable (consultation is not); ${s.honoured} honoured`,
    '',
    table(['group', 'tests', 'honoured', 'rate', '95% interval (Wilson)', 'published'], rows),
    '',
    '(outside) marks a published figure beyond the 95% interval; docs/backtest.md discusses each.',
    'Every case: --out cases.csv or --json. Coding rules: docs/backtest.md.',
  ].join('\n');
}
