/** The coverage heat map: which state owes which a defence duty, in one architecture on a date. */
import type { AgreementInput } from '@casus/core';
import { useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { CoverageCell } from '../../engine/protocol.ts';
import { Heatmap } from '../charts/Heatmap.tsx';
import { regionalStates } from './regional.ts';

export function CoverageMap({
  architecture,
  date,
  design,
}: {
  architecture: string;
  date: string;
  design?: AgreementInput | undefined;
}) {
  const [cells, setCells] = useState<CoverageCell[]>([]);
  useEffect(() => {
    let live = true;
    engine
      .call('coverage', { architecture, date, extra: design ? [design] : undefined })
      .then((r) => live && setCells(r.cells));
    return () => {
      live = false;
    };
  }, [architecture, date, design]);
  const [regionalOnly, setRegionalOnly] = useState(true);
  const regional = regionalStates(cells);
  const shown = regionalOnly
    ? cells.filter((c) => regional.has(c.obligor) && regional.has(c.beneficiary))
    : cells;
  const obligors = [...new Set(shown.map((c) => c.obligor))].sort();
  const beneficiaries = [...new Set(shown.map((c) => c.beneficiary))].sort();
  const find = (r: string, c: string) => cells.find((x) => x.obligor === r && x.beneficiary === c);
  return (
    <>
      <label className="inline">
        <input
          type="checkbox"
          checked={regionalOnly}
          onChange={(e) => setRegionalOnly(e.target.checked)}
          data-testid="coverage-regional"
        />
        Indo-Pacific states only (and the states bound to them)
      </label>
      <Heatmap
        title={`Coverage: defence duties in force, ${architecture}${design ? ' + designed pact' : ''}, ${date}`}
        rows={obligors}
        cols={beneficiaries}
        rowTitle="obligor (who must defend)"
        colTitle="beneficiary (who is defended)"
        value={(r, c) => find(r, c)?.duties ?? 0}
        detail={(r, c) => find(r, c)?.agreements.join('; ') ?? ''}
        testId="coverage-heatmap"
      />
    </>
  );
}
