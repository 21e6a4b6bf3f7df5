/** The trigger conditions in the order the engine asks them; the first that fails is the finding's `failed`. */
import { checkAdversary } from './adversary.ts';
import { checkArea } from './area.ts';
import type { PrepareCheck } from './check.ts';
import { checkConflict } from './conflict.ts';
import { checkDomesticConstraint } from './domestic-constraint.ts';
import { checkEventKind } from './event-kind.ts';
import { checkException } from './exception.ts';
import { checkInForce } from './in-force.ts';
import { checkInitiator } from './initiator.ts';
import { checkParties } from './parties.ts';
import { checkProvocation } from './provocation.ts';
import { checkTargetKind } from './target-kind.ts';
import { checkUnstated } from './unstated.ts';

export const conditions: readonly PrepareCheck[] = [
  checkInForce,
  checkParties,
  checkEventKind,
  checkTargetKind,
  checkArea,
  checkAdversary,
  checkConflict,
  checkProvocation,
  checkInitiator,
  checkUnstated,
  checkException,
  checkDomesticConstraint,
];

export type { PrepareCheck, Preparing, Step } from './check.ts';
