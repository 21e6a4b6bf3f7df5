/** The backtest for people: its header, and the summary as a table beside the published figures. */
import type { BacktestOutput, ReadingRow } from '@casus/core';
import { table } from '../render/table.ts';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

const interval = (r: { rate: number | null; low: number | null; high: number | null }) =>
  r.low === null ? pct(r.rate) : `${pct(r.rate)} [${pct(r.low)}–${pct(r.high)}]`;

/** Both readings of a counter-strike on the side that began the war, side by side. */
function readingLines(readings: readonly ReadingRow[], coded: 'yes' | 'no'): string[] {
  if (readings.length === 0) return [];
  const rows = readings.map((r) => [
    `${r.counterstrikeInvokes === 'no' ? 'no: the initiator rule' : 'yes: the literal reading'}${r.counterstrikeInvokes === coded ? ' (cases)' : ''}`,
    String(r.invoked),
    `${r.all.honoured}/${r.all.tests}`,
    interval(r.all),
    String(r.defense.invoked),
    `${r.defense.honoured}/${r.defense.tests}`,
    interval(r.defense),
  ]);
  return [
    'COUNTER-STRIKES: does an attack on a participant whose side began the war (COW initiator) call on its defence pledges?',
    table(
      [
        'reading',
        'invoked',
        'honoured',
        'rate [95%]',
        'defence invoked',
        'defence honoured',
        'defence rate [95%]',
      ],
      rows,
    ),
    '',
  ];
}

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
    ...readingLines(s.readings ?? [], h.counterstrikeInvokes),

    '(outside) marks a published figure beyond the 95% interval; docs/backtest.md discusses each.',
    'Every case: --out cases.csv or --json. Coding rules: docs/backtest.md.',
  ].join('\n');
}
