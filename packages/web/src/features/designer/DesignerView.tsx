/** The treaty designer: compose a pact, see it validated and its effect on the battery at once, save or export it. */
import type { AgreementInput, Issue } from '@casus/core';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import { engine } from '../../engine/client.ts';
import type { BatteryRow } from '../../engine/protocol.ts';
import { useWorkbench } from '../common/catalog-context.tsx';
import { today } from '../common/defaults.ts';
import { designPath } from '../common/design-yaml.ts';
import { download } from '../common/download.ts';
import { IssueList } from '../common/IssueList.tsx';
import { Note } from '../common/Note.tsx';
import { ArchitectureField } from '../common/SetupFields.tsx';
import { UrlNotices } from '../common/UrlNotices.tsx';
import { useUrlStore } from '../common/url-store.ts';
import { useUrlState } from '../common/use-url-state.ts';
import { YamlPreview } from '../common/YamlPreview.tsx';
import { errorWords } from '../saved/error-words.ts';
import { DesignForm } from './DesignForm.tsx';
import { designedFile } from './designed-pact.ts';
import { designerCodec } from './designer-url.ts';
import { EffectTable } from './EffectTable.tsx';

function useEvaluation(agreement: AgreementInput, yaml: string, base: string) {
  const [state, setState] = useState<{ issues: Issue[]; rows: BatteryRow[]; busy: boolean }>({
    issues: [],
    rows: [],
    busy: true,
  });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    const t = setTimeout(async () => {
      const { issues } = await engine.call('validateDesign', {
        agreement,
        yaml,
        path: designPath('agreements', agreement.id),
      });
      const valid = !issues.some((i) => i.severity === 'error');
      const battery = valid
        ? await engine.call('battery', { architecture: base, date: today(), design: agreement })
        : { rows: [] };
      if (live) setState({ issues, rows: battery.rows, busy: false });
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [agreement, yaml, base]);
  return state;
}

export default function DesignerView() {
  const { catalog } = useWorkbench();
  const [{ design, base }, setState, notices] = useUrlState('designer', designerCodec);
  const [saved, setSaved] = useState<string>();
  const { agreement, yaml } = useMemo(() => designedFile(design, catalog), [design, catalog]);
  const { issues, rows, busy } = useEvaluation(agreement, yaml, base);
  const valid = !issues.some((i) => i.severity === 'error');
  // Links that carry the design as the designer holds it (its own query), to trace or compare it.
  const query = useUrlStore((s) => s.slots.designer?.query) ?? '';
  const withPact = (view: string, params: Record<string, string>) =>
    `#/${view}?${new URLSearchParams({ ...params, pact: query })}`;
  const save = async () => {
    try {
      await api.saveAgreement(design.id, agreement);
      setSaved(`Saved as ${design.id}; open it again from Saved work.`);
    } catch (e) {
      setSaved(`Not saved: ${errorWords(e)}`);
    }
  };
  return (
    <section className="view" aria-labelledby="designer-title">
      <header className="view-header">
        <h2 id="designer-title">Treaty designer</h2>
        <Note>
          Compose a pact: its members, what each article obliges, where and how strongly. It is
          checked as the library checks every agreement, and the whole scenario battery is rerun
          with it added to the architecture, so you see at once who becomes obliged and who is drawn
          into each war. Export gives a YAML file for library/agreements.
        </Note>
      </header>
      <div className="designer-layout">
        <DesignForm
          design={design}
          onChange={(d, step) => {
            setSaved(undefined);
            setState({ design: d, base }, step);
          }}
        />
        <div className="scenario-main">
          <div className="filters">
            <ArchitectureField
              label="Added to"
              value={base}
              onChange={(b) => setState({ design, base: b })}
              testId="design-base"
            />
            <button
              type="button"
              className="primary"
              onClick={save}
              disabled={!valid}
              data-testid="design-save"
            >
              Save
            </button>
            <button
              type="button"
              onClick={() => download(`${design.id}.yaml`, yaml)}
              disabled={!valid}
              data-testid="design-export"
            >
              Export YAML
            </button>
            {valid && (
              <a
                className="button"
                href={withPact('compare', {})}
                data-testid="design-open-compare"
              >
                Compare with it
              </a>
            )}
            <span aria-live="polite" data-testid="design-status">
              {saved ??
                (valid ? (
                  <span className="ok-line">✓ valid: casus validate would accept it</span>
                ) : (
                  'Fix the issues below.'
                ))}
            </span>
          </div>
          <UrlNotices notices={notices} />
          <IssueList issues={issues} sentences testId="design-issues" />
          <section aria-labelledby="effect-title" aria-busy={busy}>
            <h3 id="effect-title">Effect on the battery {busy && <small>(updating…)</small>}</h3>
            {valid && (
              <EffectTable
                rows={rows}
                base={base}
                traceLink={(scenario) => withPact('scenario', { scenario, arch: base })}
              />
            )}
          </section>
          <YamlPreview
            path={designPath('agreements', design.id)}
            yaml={yaml}
            testId="design-yaml"
          />
        </div>
      </div>
    </section>
  );
}
