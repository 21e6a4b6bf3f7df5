/** Agreements the victim belongs to that commit nobody to it: the Quad, AUKUS, an access agreement. */

import type { Event } from '../model/event.ts';
import type { AgreementId, StateId } from '../model/ids.ts';
import { listWords, nameOf } from './describe.ts';
import { locate, victimOf } from './gazetteer.ts';
import { membersOn } from './in-force.ts';
import type { World } from './world.ts';

/** An agreement in force with the victim among its members, and no clause answering for it. */
export interface NoCommitment {
  /** Index of the event, as in findings. */
  event: number;
  agreement: AgreementId;
  shortName: string;
  /** The other members, none of which the agreement obliges to act for the victim. */
  states: StateId[];
  reason: string;
}

function whatItIs(clauseTypes: Set<string>, kind: string): string {
  if (clauseTypes.size === 0)
    return kind === 'joint-statement'
      ? 'a joint statement, not a treaty'
      : 'no commitment recorded';
  if (clauseTypes.has('access'))
    return 'an access agreement for visiting forces, not a defence pact';
  return `${listWords([...clauseTypes])} only`;
}

/**
 * The agreements in force whose members include the state attacked but none of whose clauses
 * answers for it: the other half of "who is obliged", saying who is not and why.
 * @example noCommitments(world, senkaku) // [{agreement: 'quad', states: ['AUS', 'IND', 'USA'], reason: '…'}]
 */
export function noCommitments(world: World, event: Event, eventIndex = 0): NoCommitment[] {
  const victim = victimOf(event.target, locate(world.gazetteer, event.target));
  if (victim === undefined || victim === event.actor) return [];
  const answering = new Set(
    (world.byVictim.get(victim)?.groups ?? []).map((g) => g.agreement as string),
  );
  return world.inForce
    .filter(
      (a) =>
        membersOn(a, world.date).includes(victim) &&
        !answering.has(a.id) &&
        a.kind !== 'domestic-law',
    )
    .map((a) => {
      const types = new Set(a.articles.flatMap((art) => art.clauses.map((c) => c.type)));
      const states = membersOn(a, world.date).filter((m) => m !== victim && m !== event.actor);
      return {
        event: eventIndex,
        agreement: a.id,
        shortName: a.shortName,
        states,
        reason: `${a.shortName}: ${whatItIs(types, a.kind)}; it obliges no member to act when ${nameOf(victim)} is attacked`,
      };
    })
    .filter((n) => n.states.length > 0);
}
