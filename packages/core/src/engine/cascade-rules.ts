/** Which fired findings bring their obligor into the war, and on which side, under each cascade mode. */
import type { CascadeOptions } from './cascade-types.ts';
import type { Finding } from './finding.ts';

/** Findings that can bring a state in: defence and offence duties, and permissions to use force. */
const entering = new Set<Finding['obligation']>([
  'must-defend',
  'must-join-attack',
  'may-use-force',
]);

/**
 * True when the obligor acts on the finding: `strict` takes automatic duties only, `honoured` every
 * defence or offence duty and every permission whose conditions hold, `probabilistic` asks `decide`.
 * @example honours(usArticleV, {mode: 'strict'}) // false: "in accordance with constitutional processes"
 */
export function honours(finding: Finding, options: CascadeOptions): boolean {
  if (!finding.fired || !entering.has(finding.obligation)) return false;
  if (options.mode === 'strict')
    return finding.category === 'duty' && finding.response === 'automatic';
  if (options.mode === 'honoured') return true;
  return options.decide?.(finding) ?? false;
}
