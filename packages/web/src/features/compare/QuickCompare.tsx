/** The instant comparison: honoured-mode cascades of the battery in the browser, per architecture. */
import type { AgreementInput } from '@casus/core';
import { useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { QuickCompareRow } from '../../engine/protocol.ts';
import { GroupedBars } from '../charts/GroupedBars.tsx';
import { useWorkbench } from '../common/catalog-context.tsx';
import { defaultArchitecture } from '../common/defaults.ts';

/** The two charts: states that join each side. */
const CHARTS = [
  {
    title: 'States joining the defence',
    unit: "states entering on the victim's side after round 0",
    pick: (r: QuickCompareRow) => r.defenders,
    testId: 'chart-defenders',
  },
  {
    title: 'States joining the attack',
    unit: "states entering on the attacker's side after round 0",
    pick: (r: QuickCompareRow) => r.attackers,
    testId: 'chart-attackers',
  },
];

export function QuickCompare({
  architectures,
  design,
}: {
  architectures: string[];
  design?: AgreementInput | undefined;
}) {
  const { catalog } = useWorkbench();
  const base = defaultArchitecture(catalog);
  const [rows, setRows] = useState<QuickCompareRow[]>([]);
  useEffect(() => {
    let live = true;
    engine
      .call('quickCompare', { architectures, base, extra: design ? [design] : undefined })
      .then((r) => live && setRows(r.rows));
    return () => {
      live = false;
    };
  }, [architectures, design, base]);
  const series = [...new Set(rows.map((r) => r.architecture))];
  const scenarioName = (id: string) => catalog.scenarios.find((s) => s.id === id)?.name ?? id;
  const architectureName = (id: string) =>
    catalog.architectures.find((a) => a.id === id)?.name ?? id;
  const bars = (pick: (r: QuickCompareRow) => number) =>
    rows.map((r) => ({ group: r.scenario, series: r.architecture, value: pick(r) }));
  return (
    <section
      aria-labelledby="quick-title"
      data-testid="quick-compare"
      data-series={series.join(' ')}
    >
      <h3 id="quick-title">Instant comparison (honoured mode, in the browser)</h3>
      <div className="charts">
        {CHARTS.map((c) => (
          <GroupedBars
            key={c.testId}
            title={c.title}
            unit={c.unit}
            data={bars(c.pick)}
            series={series}
            groupLabel={scenarioName}
            seriesLabel={architectureName}
            testId={c.testId}
          />
        ))}
      </div>
      <table data-testid="quick-table">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            {series.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...new Set(rows.map((r) => r.scenario))].map((sc) => (
            <tr key={sc}>
              <th scope="row">{scenarioName(sc)}</th>
              {series.map((s) => {
                const r = rows.find((x) => x.scenario === sc && x.architecture === s);
                return (
                  <td key={s} data-testid={`quick-${sc}-${s}`}>
                    {r
                      ? `${r.defenders} defending · ${r.attackers} attacking${r.majorWar ? ' · major powers on both sides' : ''}`
                      : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
