/** A list whose items must each appear once: every repeat is an issue at its own index. */
import type { z } from 'zod';

/**
 * A zod refinement for a list of strings that reports each repeat, in the caller's words, with
 * the index of the item's first appearance.
 * @example z.array(StateId).superRefine(eachOnce((s, first) => `${s} is already member ${first}`))
 */
export const eachOnce =
  (say: (item: string, first: number) => string) =>
  (items: readonly string[], ctx: z.RefinementCtx): void => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = first.get(item);
      if (earlier === undefined) first.set(item, i);
      else ctx.addIssue({ code: 'custom', path: [i], message: say(item, earlier) });
    });
  };
