/** Architecture comparison: instant honoured-mode counts, the server's probabilistic run, and coverage. */
import { compareOrder, defaultArchitectures } from '@casus/core';
import { useMemo, useState } from 'react';
import { useWorkbench } from '../common/catalog-context.tsx';
import { defaultArchitecture, today } from '../common/defaults.ts';
import { useDesignedPact } from '../common/design-store.ts';
import { Note } from '../common/Note.tsx';
import { ArchitectureField, DateField } from '../common/SetupFields.tsx';
import { CoverageMap } from './CoverageMap.tsx';
import { JobPanel } from './JobPanel.tsx';
import { QuickCompare } from './QuickCompare.tsx';
import { SensitivityPanel } from './SensitivityPanel.tsx';

export default function CompareView() {
  const { catalog } = useWorkbench();
  const designed = useDesignedPact();
  // The same architectures as `casus compare` without --architectures, in the same order.
  const listed = useMemo(() => compareOrder(catalog.architectures), [catalog]);
  const [chosen, setChosen] = useState(() => new Set(defaultArchitectures(listed)));
  const [withDesign, setWithDesign] = useState(true);
  const [coverageArch, setCoverageArch] = useState(() => defaultArchitecture(catalog));
  const [date, setDate] = useState(today);
  const architectures = useMemo(
    () => listed.map((a) => a.id as string).filter((id) => chosen.has(id)),
    [listed, chosen],
  );
  const design = withDesign ? designed : undefined;
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  return (
    <section className="view compare-layout" aria-labelledby="compare-title">
      <header className="view-header">
        <h2 id="compare-title">Compare architectures</h2>
        <Note>
          Each scenario of the battery is run under each architecture. The instant charts count the
          states that join each side when every defence duty is honoured; the server's probabilistic
          run draws thousands of crises and reports deterrence, entanglement and escalation with 95%
          intervals. The heat map shows who owes whom a defence duty.
        </Note>
      </header>
      <fieldset className="compare-form">
        <legend>Architectures</legend>
        {listed.map((a) => (
          <label key={a.id} className="inline" title={a.description}>
            <input
              type="checkbox"
              checked={chosen.has(a.id)}
              onChange={() => toggle(a.id)}
              data-testid={`arch-${a.id}`}
            />
            {a.name}
          </label>
        ))}
        <label
          className="inline"
          title="the status quo plus the pact designed in the treaty designer"
        >
          <input
            type="checkbox"
            checked={withDesign && !!designed}
            disabled={!designed}
            onChange={(e) => setWithDesign(e.target.checked)}
            data-testid="include-design"
          />
          {designed
            ? `+ designed pact “${designed.shortName}”`
            : '+ designed pact (design one in the treaty designer)'}
        </label>
      </fieldset>
      <QuickCompare architectures={architectures} design={design} />
      <JobPanel architectures={architectures} design={design} />
      <SensitivityPanel />
      <section aria-labelledby="coverage-title">
        <h3 id="coverage-title">Coverage</h3>
        <div className="filters">
          <ArchitectureField
            value={coverageArch}
            onChange={setCoverageArch}
            testId="coverage-architecture"
          />
          <DateField value={date} onChange={setDate} />
        </div>
        <CoverageMap architecture={coverageArch} date={date} design={design} />
      </section>
    </section>
  );
}
