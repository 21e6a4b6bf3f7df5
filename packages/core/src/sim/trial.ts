/** One Monte Carlo trial: a breadth-first walk over a compiled cascade, one uniform draw per obligation reached. */
import type { CompiledCascade } from './compiled-cascade.ts';
import type { Rng } from './rng.ts';

/** Buffers reused across trials, so a trial allocates nothing. */
export interface TrialState {
  /** −1 out; 0 attacker side; 1 defender side. */
  side: Int8Array;
  /** The round in which each state entered (valid where side ≥ 0). */
  round: Int32Array;
  /** Per decision: the trial in which it was last taken. */
  edgeStamp: Int32Array;
  volunteerStamp: Int32Array;
  stamp: number;
  /** Affinity joins in the current round. */
  joined: number;
  frontier: Int32Array;
  next: Int32Array;
}

export function createTrialState(c: CompiledCascade): TrialState {
  const bound = c.initialEdges.length + c.edgeNext.length + c.volunteerNext.length + 1;
  return {
    side: new Int8Array(c.states.length),
    round: new Int32Array(c.states.length),
    edgeStamp: new Int32Array(c.decisions),
    volunteerStamp: new Int32Array(c.volunteerState.length),
    stamp: 0,
    joined: 0,
    frontier: new Int32Array(bound),
    next: new Int32Array(bound),
  };
}

/** True with probability p; draws nothing when p is 0 or 1, so those cases are exact. */
const draw = (rng: Rng, p: number): boolean => (p >= 1 ? true : p <= 0 ? false : rng.next() < p);

function volunteersJoin(
  c: CompiledCascade,
  t: TrialState,
  rng: Rng,
  r: number,
  next: Int32Array,
  len: number,
): number {
  const { side, round } = t;
  let n = len;
  for (let v = 0; v < c.volunteerState.length; v++) {
    if (t.volunteerStamp[v] === t.stamp) continue;
    const s = c.volunteerState[v]!;
    if (side[s]! >= 0) continue;
    const want = c.volunteerSide[v]!;
    let anchored = false;
    for (let k = c.volunteerAnchorStart[v]!; k < c.volunteerAnchorStart[v + 1]!; k++) {
      const a = c.volunteerAnchors[k]!;
      if (side[a] === want && round[a]! < r) {
        anchored = true;
        break;
      }
    }
    if (!anchored) continue;
    t.volunteerStamp[v] = t.stamp;
    if (!draw(rng, c.volunteerP[v]!)) continue;
    side[s] = want;
    round[s] = r;
    t.joined++;
    for (let k = c.volunteerNextStart[v]!; k < c.volunteerNextStart[v + 1]!; k++)
      next[n++] = c.volunteerNext[k]!;
  }
  return n;
}

/**
 * Runs one trial; afterwards `t.side` and `t.round` say who entered, on which side, when.
 * Each obligation is decided at most once per trial, the first time an event reaches it.
 * @example runTrial(compiled, forkStream(1, 0), createTrialState(compiled))
 */
export function runTrial(c: CompiledCascade, rng: Rng, t: TrialState): void {
  const { side, round } = t;
  side.set(c.initialSide);
  round.fill(0);
  t.stamp++;
  let frontier = t.frontier;
  let next = t.next;
  frontier.set(c.initialEdges);
  let len = c.initialEdges.length;
  const hasVolunteers = c.volunteerState.length > 0;
  for (let r = 1; ; r++) {
    let n = 0;
    let entered = false;
    for (let k = 0; k < len; k++) {
      const e = frontier[k]!;
      const o = c.edgeObligor[e]!;
      const joinSide = side[c.edgeBeneficiary[e]!]!;
      if (side[o]! >= 0 || joinSide < 0) continue;
      const d = c.edgeDecision[e]!;
      if (t.edgeStamp[d] === t.stamp) continue;
      t.edgeStamp[d] = t.stamp;
      if (!draw(rng, c.edgeP[e]!)) continue;
      side[o] = joinSide;
      round[o] = r;
      entered = true;
      const at = 2 * e + joinSide;
      for (let j = c.edgeNextStart[at]!; j < c.edgeNextStart[at + 1]!; j++)
        next[n++] = c.edgeNext[j]!;
    }
    if (hasVolunteers) {
      t.joined = 0;
      n = volunteersJoin(c, t, rng, r, next, n);
      entered ||= t.joined > 0;
    }
    if (n === 0 && !entered) return;
    const swap = frontier;
    frontier = next;
    next = swap;
    len = n;
    if (r > c.states.length + 1) return;
  }
}
