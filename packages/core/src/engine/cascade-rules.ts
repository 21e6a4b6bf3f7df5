/** Which fired findings bring their obligor into the war under each cascade mode. */
import type { CascadeMode } from './cascade-types.ts';
import type { Finding } from './finding.ts';

/** Findings that can bring a state in: defence and offence duties, and permissions to use force. */
const entering = new Set<Finding['obligation']>([
  'must-defend',
  'must-join-attack',
  'may-use-force',
]);

/**
 * True when the obligor acts on the finding: `strict` takes automatic duties only, `honoured` every
 * defence or offence duty and every permission whose conditions hold.
 * @example honours(usArticleV, 'strict') // false: "in accordance with constitutional processes"
 */
export function honours(finding: Finding, mode: CascadeMode): boolean {
  if (!finding.fired || !entering.has(finding.obligation)) return false;
  return mode === 'honoured' || (finding.category === 'duty' && finding.response === 'automatic');
}
