/**
 * The pact in the treaty designer, read from the one store (the designer's state, as its URL
 * holds it), as the agreement and YAML file core checks; and, for the comparison, that agreement
 * once core's validator accepts it. The designer view need not be open: a comparison opened from
 * a link that carries a design checks it here.
 */
import type { AgreementInput } from '@casus/core';
import { useEffect, useMemo, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { Catalog } from '../../engine/protocol.ts';
import { useWorkbench } from '../common/catalog-context.tsx';
import { today } from '../common/defaults.ts';
import { designPath, designYaml } from '../common/design-yaml.ts';
import { type Slot, useUrlStore } from '../common/url-store.ts';
import { type Design, toAgreement } from './design.ts';
import type { DesignerState } from './designer-url.ts';

/**
 * A design as the proposal it stands for and the file `casus validate` would check.
 * @example designedFile(blankDesign(), catalog).path // 'library/agreements/my-pact.yaml'
 */
export function designedFile(design: Design, catalog: Pick<Catalog, 'areas'>) {
  const areaNames = Object.fromEntries(catalog.areas.map((a) => [a.id, a.name]));
  const agreement = toAgreement(design, areaNames);
  return {
    agreement,
    yaml: designYaml('agreements', agreement as { id: string; name: string }, today()),
    path: designPath('agreements', design.id),
  };
}

/** The designer's pact once valid (undefined before one is designed, or while it has errors), its designer query, and whether it is still being checked. */
export function useDesignedPact(): {
  pact?: AgreementInput | undefined;
  query?: string | undefined;
  checking: boolean;
} {
  const { catalog } = useWorkbench();
  const slot = useUrlStore((s) => s.slots.designer) as Slot<DesignerState> | undefined;
  const design = slot?.value.design;
  const file = useMemo(() => design && designedFile(design, catalog), [design, catalog]);
  const [checked, setChecked] = useState<{ file?: typeof file; valid: boolean }>({ valid: false });
  useEffect(() => {
    if (!file) return;
    let live = true;
    engine.call('validateDesign', file).then(
      ({ issues }) =>
        live && setChecked({ file, valid: !issues.some((i) => i.severity === 'error') }),
      () => live && setChecked({ file, valid: false }),
    );
    return () => {
      live = false;
    };
  }, [file]);
  const settled = !file || checked.file === file;
  return {
    pact: file && settled && checked.valid ? file.agreement : undefined,
    query: slot?.query,
    checking: !settled,
  };
}
