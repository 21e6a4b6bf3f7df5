/** Where a saved item opens: the view and the query its codec writes for the item, so it opens through the URL like a link. */
import type { Agreement, Scenario } from '@casus/core';
import type { SavedComparison, SavedKind } from '../../api/client.ts';
import type { Workbench } from '../common/catalog-context.tsx';
import { defaultArchitecture } from '../common/defaults.ts';
import { hashOf } from '../common/hash-route.ts';
import { compareCodec } from '../compare/compare-url.ts';
import { designOf } from '../designer/design.ts';
import { designerCodec } from '../designer/designer-url.ts';
import { fromScenario } from '../scenario/draft.ts';
import { scenarioCodec } from '../scenario/scenario-url.ts';

/**
 * The hash that opens a saved item in its view.
 * @example reopenHash('scenarios', savedLanding, workbench) // '#/scenario?arch=status-quo&date=2024-11-01&…&target=JPN.senkaku&…'
 */
export function reopenHash(kind: SavedKind, item: unknown, w: Workbench): string {
  if (kind === 'scenarios') {
    // Not a library scenario: its later events ride in the link itself.
    const draft = { ...fromScenario(item as Scenario), scenarioId: undefined };
    return hashOf(
      'scenario',
      scenarioCodec.encode({ draft, mode: 'honoured', ran: false }).toString(),
    );
  }
  if (kind === 'agreements') {
    const design = designOf(item as Agreement);
    return hashOf(
      'designer',
      designerCodec.encode({ design, base: defaultArchitecture(w.catalog) }).toString(),
    );
  }
  const setup = item as SavedComparison;
  // The coverage map and its date are not part of a comparison's setup: the view's defaults.
  const { value } = compareCodec.decode(new URLSearchParams(), w);
  const [added] = setup.extraAgreements ?? [];
  // Its designed pact goes back in the designer as saved; none saved, none added.
  const pact = added
    ? designerCodec.encode({ design: designOf(added), base: defaultArchitecture(w.catalog) })
    : undefined;
  const state = {
    ...value,
    architectures: setup.architectures,
    trials: setup.trials,
    seed: setup.seed,
    withDesign: !!pact,
    pact: pact?.toString(),
  };
  return hashOf('compare', compareCodec.encode(state).toString());
}
