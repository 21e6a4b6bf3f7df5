/**
 * Condition: the initiator rule. A defence clause answers an armed attack on a member whose side
 * did not open the war by an act of force; a counter-strike on the side that did open it does not
 * invoke that side's defence pacts, unless the clause states that its text reaches further or the
 * scenario assumes the literal reading.
 */
import { NameOf, nameOf } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Preparing, Table } from './check.ts';

// ATOP codes a defence pledge as one to assist a member that is attacked (Leeds, Ritter, Mitchell
// & Long 2002, the ATOP codebook), and Leeds, Long & Mitchell (2000) test reliability on exactly
// those: an alliance partner that starts a war has not invoked its ally's defence pledge.
const RULE = 'the initiator rule (Leeds, Long & Mitchell 2000; ATOP)';

/**
 * Asked by every defence clause; its verdict depends only on whether the event is a counter-strike.
 * @example checkInitiator(pair, p).verdicts[1].reason // for a counter-strike
 * // 'a counter-strike on China, whose side opened the war by force: by the initiator rule (…), a defence pact answers an attack on a member that did not, and Article II does not state that it reaches further (counterstrikeInvokes: no)'
 */
export const checkInitiator: PrepareCheck = (pair, p) =>
  pair.clause.type === 'defense' ? p.shared(pair, initiatorTable, pair.beneficiary) : undefined;

/** What a counter-strike on the beneficiary gives: the default reading, or what overrides it. */
function onCounterstrike(pair: Pair, p: Preparing): Condition {
  const b = nameOf(pair.beneficiary);
  const struck = `a counter-strike on ${b}, whose side opened the war by force`;
  const reach = pair.clause.trigger?.reachesCounterstrikes;
  if (reach)
    return {
      test: 'initiator',
      pass: true,
      reason: `${struck}; the clause's text reaches it, against ${RULE}: ${reach.article}, "${reach.quote}" (${reach.source})`,
    };
  if (p.assumptions.counterstrikeInvokes === 'yes')
    return {
      test: 'initiator',
      pass: true,
      reason: `${struck}; read literally (assumed, counterstrikeInvokes: yes), ${pair.article.article} answers any armed attack on ${b}, which ${RULE} would not`,
    };
  return {
    test: 'initiator',
    pass: false,
    reason: `${struck}: by ${RULE}, a defence pact answers an attack on a member that did not, and ${pair.article.article} does not state that it reaches further (counterstrikeInvokes: no)`,
  };
}

function initiatorTable(pair: Pair, p: Preparing): Table {
  const attacked: Condition = {
    test: 'initiator',
    pass: true,
    reason: `${NameOf(pair.beneficiary)} is attacked, not struck back in a war its side opened by force (${RULE})`,
  };
  return { by: 'counterstrike', verdicts: [attacked, onCounterstrike(pair, p)] };
}
