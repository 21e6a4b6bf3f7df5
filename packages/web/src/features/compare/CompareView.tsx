/** Architecture comparison: instant honoured-mode counts, the server's probabilistic run, and coverage. */
import { compareOrder } from '@casus/core';
import { useEffect, useMemo } from 'react';

import { useWorkbench } from '../common/catalog-context.tsx';
import { Note } from '../common/Note.tsx';
import { ArchitectureField, DateField } from '../common/SetupFields.tsx';
import { UrlNotices } from '../common/UrlNotices.tsx';
import { useUrlState } from '../common/use-url-state.ts';
import { useDesignedPact } from '../designer/designed-pact.ts';
import { SaveForm } from '../saved/SaveForm.tsx';
import { CoverageMap } from './CoverageMap.tsx';
import { compareCodec } from './compare-url.ts';
import { JobPanel } from './JobPanel.tsx';
import { QuickCompare } from './QuickCompare.tsx';
import { SensitivityPanel } from './SensitivityPanel.tsx';

export default function CompareView() {
  const { catalog } = useWorkbench();
  const { pact: designed, query: designQuery, checking } = useDesignedPact();
  // The same architectures as `casus compare` without --architectures, in the same order.
  const listed = useMemo(() => compareOrder(catalog.architectures), [catalog]);
  const [state, setState, notices] = useUrlState('compare', compareCodec);
  const { architectures, withDesign, coverage: coverageArch, date } = state;
  const set = (patch: Partial<typeof state>, step: 'push' | 'replace' = 'replace') =>
    setState({ ...state, ...patch }, step);
  const design = withDesign ? designed : undefined;
  // The link carries the design it adds, as the designer has it now.
  const pact = design ? designQuery : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the design, not every new state object
  useEffect(() => {
    // A link's design is being put in the designer's state: wait for it.
    const adopting = state.pact !== undefined && designQuery === undefined;
    if (!checking && !adopting && pact !== state.pact) set({ pact });
  }, [checking, pact, state.pact, designQuery]);
  // In compare order, so the same choice is the same link.
  const toggle = (id: string) =>
    set({
      architectures: listed
        .map((a) => a.id as string)
        .filter((a) => (a === id ? !architectures.includes(id) : architectures.includes(a))),
    });
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
        <SaveForm
          kind="comparisons"
          what="comparison"
          suggestedId="my-comparison"
          item={(id) => ({
            id,
            name: `${architectures.length} architectures, ${state.trials} trials, seed ${state.seed}`,
            architectures,
            trials: state.trials,
            seed: state.seed,
            mode: 'probabilistic',
            ...(design ? { extraAgreements: [design] } : {}),
          })}
          testId="compare-save"
        />
      </header>
      <UrlNotices notices={notices} />
      <fieldset className="compare-form">
        <legend>Architectures</legend>
        {listed.map((a) => (
          <label key={a.id} className="inline" title={a.description}>
            <input
              type="checkbox"
              checked={architectures.includes(a.id)}
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
            onChange={(e) => set({ withDesign: e.target.checked })}
            data-testid="include-design"
          />
          {designed
            ? `+ designed pact “${designed.shortName}”`
            : '+ designed pact (design one in the treaty designer)'}
        </label>
      </fieldset>
      <QuickCompare architectures={architectures} design={design} />
      <JobPanel
        architectures={architectures}
        design={design}
        trials={state.trials}
        seed={state.seed}
        onSetup={(s) => set(s)}
        onStart={() => set({}, 'push')}
      />
      <SensitivityPanel />
      <section aria-labelledby="coverage-title">
        <h3 id="coverage-title">Coverage</h3>
        <div className="filters">
          <ArchitectureField
            value={coverageArch}
            onChange={(coverage) => set({ coverage })}
            testId="coverage-architecture"
          />
          <DateField value={date} onChange={(d) => set({ date: d })} />
        </div>
        <CoverageMap architecture={coverageArch} date={date} design={design} />
      </section>
    </section>
  );
}
